#!/usr/bin/env bash
# Sends GET PATH to the app on 127.0.0.1 and prints the response body.
# Exits 0 only on HTTP 200, so it serves as the image's HEALTHCHECK without curl or wget:
# it uses bash's /dev/tcp redirection, which needs nothing beyond bash and coreutils.
#
# Usage: http-probe PATH [PORT]   (PORT defaults to $HTTP_PROBE_PORT, then 8080)
set -euo pipefail

path="${1:?usage: http-probe PATH [PORT]}"
port="${2:-${HTTP_PROBE_PORT:-8080}}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3

IFS=' ' read -r -t 5 _protocol status _reason <&3
while IFS= read -r -t 5 header <&3 && [ "${header%$'\r'}" != "" ]; do :; done
body="$(timeout 5 cat <&3 || true)"
exec 3<&-

printf '%s\n' "$body"
if [ "$status" != "200" ]; then
  echo "http-probe: GET ${path} returned HTTP ${status}, expected 200" >&2
  exit 1
fi
