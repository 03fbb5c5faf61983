#!/usr/bin/env bash
# Deletes old container image versions from GitHub Packages.
#
# Keeps: every version tagged with a release tag (1.2.3, v1.2.3, v1.2, v1, latest), the KEEP_NEWEST
# newest versions, and every manifest that a kept multi-arch index refers to (its per-platform
# images and attestations are untagged versions of their own). Deletes the rest, untagged or
# development-tagged, once older than RETENTION_DAYS. Stops without deleting anything when more
# than MAX_DELETIONS versions would go, since that points to a wrong rule rather than old images.
#
# Environment: OWNER, OWNER_TYPE (orgs or users), PACKAGE, KEEP_NEWEST, RETENTION_DAYS,
# MAX_DELETIONS, DRY_RUN (true deletes nothing), REGISTRY (default ghcr.io).
# With VERSIONS_FILE set, reads the versions from that file and only prints the plan: no API calls.
# There, a version's optional "manifests" array stands for the digests its index refers to.
set -euo pipefail

: "${PACKAGE:?PACKAGE is missing}" "${KEEP_NEWEST:?}" "${RETENTION_DAYS:?}" "${MAX_DELETIONS:?}"
for setting in KEEP_NEWEST RETENTION_DAYS MAX_DELETIONS; do
  if ! [[ "${!setting}" =~ ^[0-9]+$ ]]; then
    echo "registry-cleanup: ${setting} is '${!setting}', expected a whole number of versions or days" >&2
    exit 2
  fi
done
DRY_RUN="${DRY_RUN:-true}"
REGISTRY="${REGISTRY:-ghcr.io}"
api_path="/${OWNER_TYPE:-orgs}/${OWNER:-owner}/packages/container/${PACKAGE}/versions"

if [ -n "${VERSIONS_FILE:-}" ]; then
  versions="$(cat "$VERSIONS_FILE")"
else
  versions="$(gh api --paginate "${api_path}?per_page=100" | jq -s 'add')"
fi

# Versions kept by tag or by recency, newest first.
kept="$(jq --argjson keep "$KEEP_NEWEST" '
  sort_by(.created_at) | reverse
  | to_entries
  | map(select(.key < $keep
      or any(.value.metadata.container.tags[]; test("^(v?[0-9]+\\.[0-9]+\\.[0-9]+|v[0-9]+(\\.[0-9]+)?|latest)$"))))
  | map(.value)' <<<"$versions")"

# Digests that kept multi-arch indexes refer to.
protected='[]'
if [ -z "${VERSIONS_FILE:-}" ]; then
  while IFS= read -r digest; do
    children="$(docker buildx imagetools inspect --raw "${REGISTRY}/${OWNER}/${PACKAGE}@${digest}" \
      | jq '[.manifests[]?.digest]')"
    protected="$(jq -n --argjson a "$protected" --argjson b "$children" '$a + $b')"
  done < <(jq -r '.[].name' <<<"$kept")
else
  protected="$(jq '[.[] | .manifests[]?]' <<<"$versions")"
fi

cutoff="$(date -u -d "-${RETENTION_DAYS} days" +%Y-%m-%dT%H:%M:%SZ)"
doomed="$(jq --argjson kept "$kept" --argjson protected "$protected" --arg cutoff "$cutoff" '
  ([$kept[].id]) as $kept_ids
  | map(select((.id as $id | $kept_ids | index($id) | not)
      and (.name as $digest | $protected | index($digest) | not)
      and .created_at < $cutoff))' <<<"$versions")"

count="$(jq length <<<"$doomed")"
echo "registry-cleanup: ${PACKAGE}: $(jq length <<<"$versions") versions, $(jq length <<<"$kept") kept by tag or recency, ${count} older than ${cutoff} to delete"
jq -r '.[] | "  \(.id) \(.name) \(.created_at) tags=\(.metadata.container.tags | join(","))"' <<<"$doomed"

if [ "$count" -gt "$MAX_DELETIONS" ]; then
  echo "registry-cleanup: ${count} deletions exceed the safety cap of ${MAX_DELETIONS}; nothing deleted. Check the rules, or raise max_deletions for one run." >&2
  exit 1
fi
if [ "$DRY_RUN" != false ] || [ -n "${VERSIONS_FILE:-}" ]; then
  echo "registry-cleanup: dry run, nothing deleted"
  exit 0
fi
for id in $(jq -r '.[].id' <<<"$doomed"); do
  gh api -X DELETE "${api_path}/${id}" >/dev/null
  echo "registry-cleanup: deleted version ${id}"
done
