#!/usr/bin/env bash
# Fails when a SARIF file has a result whose rule carries a security-severity at or above THRESHOLD
# (CVSS scale: 7.0 is HIGH, 9.0 is CRITICAL), and lists those results.
#
# Usage: sarif-gate.sh FILE.sarif THRESHOLD
set -euo pipefail

file="${1:?usage: sarif-gate.sh FILE.sarif THRESHOLD}"
threshold="${2:?usage: sarif-gate.sh FILE.sarif THRESHOLD}"

if [ ! -s "$file" ]; then
  echo "sarif-gate: ${file} is missing or empty; the scan above did not produce a report" >&2
  exit 1
fi

findings="$(jq -r --argjson threshold "$threshold" '
  .runs[]
  | ([.tool.driver.rules[]?, .tool.extensions[]?.rules[]?]
     | map({key: .id, value: ((.properties["security-severity"] // "0") | tonumber)})
     | from_entries) as $severity
  | .results[]
  | select(($severity[.ruleId] // 0) >= $threshold)
  | "\($severity[.ruleId]) \(.ruleId) \(.locations[0].physicalLocation.artifactLocation.uri // "-"): \(.message.text | split("\n")[0])"
' "$file")"

if [ -n "$findings" ]; then
  echo "sarif-gate: findings with security-severity >= ${threshold} in ${file}:" >&2
  echo "$findings" >&2
  exit 1
fi
echo "sarif-gate: no finding with security-severity >= ${threshold} in ${file}"
