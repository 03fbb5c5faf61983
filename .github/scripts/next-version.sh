#!/usr/bin/env bash
# Prints the semantic version that follows TAG (vX.Y.Z or X.Y.Z) when PART (patch, minor or
# major) is increased, without a leading v.
#
# Usage: next-version.sh TAG PART
set -euo pipefail

tag="${1:?usage: next-version.sh TAG PART}"
part="${2:?usage: next-version.sh TAG PART}"

if ! [[ "$tag" =~ ^v?([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "next-version: latest release tag '${tag}' is not vMAJOR.MINOR.PATCH" >&2
  exit 2
fi
major="${BASH_REMATCH[1]}"
minor="${BASH_REMATCH[2]}"
patch="${BASH_REMATCH[3]}"

case "$part" in
  major) echo "$((major + 1)).0.0" ;;
  minor) echo "${major}.$((minor + 1)).0" ;;
  patch) echo "${major}.${minor}.$((patch + 1))" ;;
  *)
    echo "next-version: part '${part}' is invalid, expected patch, minor or major" >&2
    exit 2
    ;;
esac
