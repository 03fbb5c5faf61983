#!/usr/bin/env bash
# Checks that every file repeating the release version agrees with the one source of truth, the
# root pom's version: X.Y.Z-SNAPSHOT means the next release is X.Y.Z.
#
# Usage: check-version.sh [EXPECTED]   EXPECTED, when given, must equal the pom's release version.
set -euo pipefail
cd "$(dirname "$0")/../.."

# The root pom has no parent, so its first <version> element is the project version.
snapshot="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
version="${snapshot%-SNAPSHOT}"
status=0

mismatch() {
  echo "check-version: $1" >&2
  status=1
}

if [ -n "${1:-}" ] && [ "$1" != "$version" ]; then
  mismatch "the next release is $1 but pom.xml says ${snapshot}; set it with mvn versions:set -DnewVersion=$1-SNAPSHOT"
fi

# Each module's parent reference repeats the version; Maven would fetch a mismatch remotely.
# Poms without testpod-parent as parent are standalone helpers outside the release.
while IFS= read -r pom; do
  parent="$(sed -n '/<parent>/,/<\/parent>/p' "$pom")"
  [[ "$parent" == *"<artifactId>testpod-parent</artifactId>"* ]] || continue
  parent_version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' <<<"$parent")"
  if [ "$parent_version" != "$snapshot" ]; then
    mismatch "${pom} refers to parent version ${parent_version}, expected ${snapshot}"
  fi
done < <(find . -mindepth 2 -name pom.xml -not -path '*/target/*' -not -path './.git/*')

tag="$(sed -n 's/^ *newTag: *//p' deploy/base/kustomization.yaml)"
if [ "$tag" != "$version" ]; then
  mismatch "deploy/base/kustomization.yaml deploys operator tag ${tag}, expected ${version}"
fi

if [ "$status" = 0 ]; then
  echo "check-version: every file agrees on ${version}"
fi
exit "$status"
