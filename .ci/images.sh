#!/usr/bin/env bash
# Builds Dockerfile.app and Dockerfile.operator on Debian base images made with debootstrap, then
# runs the app image without a network and checks its HEALTHCHECK, /version and user.
#
# Everything lives under one temporary folder: the Docker engine's data root, its socket and
# pidfile, the generated keys. The engine runs without a bridge or iptables rules, so it changes
# nothing in the host's network, and the EXIT trap stops it and removes the folder.
# Only the debootstrap tarballs stay, in /var/cache/testpod-images, so the next run is faster.
#
# Exit code 0 means every check passed, or this machine cannot run a Docker engine or reach the
# Debian mirror, which is logged as SKIPPED with the reason. Exit code 1 means an image failed to
# build or the app container failed a check. Exit code 2 means it was started outside .ci/run.
set -euo pipefail

if [ "${TESTPOD_IMAGES_FROM_CI_RUN:-}" != 1 ]; then
  echo "images.sh: started outside .ci/run; set TESTPOD_IMAGES_FROM_CI_RUN=1 to run it by hand as root" >&2
  exit 2
fi
cd "$(dirname "$0")/.."

readonly SUITE=bookworm
readonly MIRROR="${TESTPOD_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
readonly CACHE_DIR=/var/cache/testpod-images
# The client from Debian's docker.io matches its engine; another docker client may come first in PATH.
readonly DOCKER=/usr/bin/docker
readonly BUILD_BASE="testpod-local/build-base:${SUITE}"
readonly RUNTIME_BASE="testpod-local/runtime-base:${SUITE}"
readonly APP_IMAGE=testpod-local/test-pod-app:ci
readonly OPERATOR_IMAGE=testpod-local/testpod-operator:ci
readonly APP_CONTAINER=testpod-app-check
readonly HEALTHY_TIMEOUT_SECONDS=180

revision="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
readonly REVISION="$revision"
readonly VERSION="0.0.0-ci.${REVISION:0:12}"
readonly STARTED_AT=$SECONDS

step() { echo "== images: $*"; }
skip() {
  echo "== images: SKIPPED: $*" >&2
  exit 0
}
fail() {
  echo "== images: FAILED: $*" >&2
  exit 1
}

work="$(mktemp -d /var/tmp/testpod-images.XXXXXX)"
readonly WORK="$work"
export DOCKER_HOST="unix://${WORK}/docker.sock"

# Stops the engine and removes every file and mount this run created, keeping the exit code.
cleanup() {
  local status=$?
  set +e
  local pidfile="${WORK}/dockerd.pid"
  if [ -s "$pidfile" ]; then
    local pid
    pid="$(cat "$pidfile")"
    "$DOCKER" rm -f "$APP_CONTAINER" >/dev/null 2>&1
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "== images: dockerd (pid ${pid}) did not stop within 30 s, killing it" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  # debootstrap and the engine mount proc, sysfs and overlays below the folder; deepest first.
  awk -v root="$WORK" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mount_point; do
    umount -l "$mount_point"
  done
  rm -rf "$WORK"
  echo "== images: cleaned up ${WORK}, $((SECONDS - STARTED_AT)) s in all"
  exit "$status"
}
trap cleanup EXIT

install_prerequisites() {
  local missing=()
  command -v dockerd >/dev/null || missing+=(docker.io)
  command -v debootstrap >/dev/null || missing+=(debootstrap)
  command -v openssl >/dev/null || missing+=(openssl)
  [ ${#missing[@]} -eq 0 ] && return 0
  step "installing ${missing[*]}"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    skip "apt-get could not install ${missing[*]}"
  fi
}

start_engine() {
  step "starting dockerd under ${WORK}"
  nice dockerd \
    --data-root "${WORK}/data" --exec-root "${WORK}/exec" --pidfile "${WORK}/dockerd.pid" \
    --host "$DOCKER_HOST" --bridge none --iptables=false --ip6tables=false \
    >"${WORK}/dockerd.log" 2>&1 &
  for _ in $(seq 1 30); do
    "$DOCKER" version >/dev/null 2>&1 && return 0
    sleep 1
  done
  tail -20 "${WORK}/dockerd.log" >&2
  skip "dockerd did not answer on ${DOCKER_HOST} within 30 s (see its log above)"
}

# Imports a Debian minbase root filesystem with the given packages as IMAGE. The tarball is cached
# per package list and month, so security updates arrive at most a month late.
import_base_image() {
  local image="$1" packages="$2"
  local key tarball rootfs
  key="$(printf '%s\n' "$SUITE" "$packages" "$(date -u +%Y-%m)" | sha256sum | cut -c1-12)"
  tarball="${CACHE_DIR}/${image//[\/:]/-}-${key}.tar"
  if [ ! -s "$tarball" ]; then
    step "debootstrap ${SUITE} with ${packages} (cached afterwards as ${tarball})"
    rootfs="${WORK}/rootfs"
    if ! nice debootstrap --variant=minbase --include="$packages" "$SUITE" "$rootfs" "$MIRROR" \
      >"${WORK}/debootstrap.log" 2>&1; then
      tail -20 "${WORK}/debootstrap.log" >&2
      skip "debootstrap from ${MIRROR} failed (see its log above)"
    fi
    chroot "$rootfs" apt-get clean
    rm -rf "${rootfs}/var/lib/apt/lists/"* "${rootfs}/var/cache/debconf/"*-old
    mkdir -p "$CACHE_DIR"
    rm -f "${CACHE_DIR}/${image//[\/:]/-}-"*.tar
    tar -C "$rootfs" --numeric-owner -cf "${tarball}.partial" .
    mv "${tarball}.partial" "$tarball"
    rm -rf "$rootfs"
  fi
  "$DOCKER" import --change 'ENV LANG=C.UTF-8' --change 'CMD ["bash"]' "$tarball" "$image" >/dev/null
}

# Adds the certificate authorities installed locally on this host to IMAGE's system and Java trust
# stores, so that Maven inside the build stage trusts the same HTTPS endpoints as Maven on the host,
# a TLS-intercepting egress proxy included. Without local CAs the image stays as it is.
trust_host_certificate_authorities() {
  local image="$1" context="${WORK}/ca-context"
  mkdir -p "$context"
  find /usr/local/share/ca-certificates -name '*.crt' -exec cp {} "$context/" \; 2>/dev/null || true
  [ -n "$(ls -A "$context")" ] || return 0
  step "adding $(ls "$context" | wc -l) local CA certificate(s) from /usr/local/share/ca-certificates to ${image}"
  printf 'FROM %s\nCOPY *.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates >/dev/null\n' "$image" \
    | "$DOCKER" build --network none -q -t "$image" -f - "$context" >/dev/null
}

# Builds DOCKERFILE as IMAGE on the local bases. A failure here is a real failure of the image.
build_image() {
  local dockerfile="$1" image="$2"
  step "building ${image} from ${dockerfile}"
  # The engine has no bridge, so RUN steps share the host's network to reach Maven Central.
  if ! DOCKER_BUILDKIT=0 "$DOCKER" build --network host -f "$dockerfile" \
    --build-arg BUILD_IMAGE="$BUILD_BASE" --build-arg RUNTIME_IMAGE="$RUNTIME_BASE" \
    --build-arg VERSION="$VERSION" --build-arg REVISION="$REVISION" \
    --build-arg BUILD_TIME="$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    -t "$image" . 2>&1 | tee "${WORK}/build.log"; then
    fail "docker build of ${dockerfile} failed"
  fi
  context_size="$(sed -n 's/^Sending build context to Docker daemon *//p' "${WORK}/build.log" | tail -1)"
}

check_runtime_image() {
  local image="$1" user tools
  user="$("$DOCKER" image inspect -f '{{.Config.User}}' "$image")"
  case "${user%%:*}" in
    '' | 0 | root) fail "${image} runs as user '${user}', expected a numeric non-root user" ;;
  esac
  if ! [[ "${user%%:*}" =~ ^[0-9]+$ ]]; then
    fail "${image} user '${user}' is not numeric, so runAsNonRoot cannot verify it"
  fi
  tools="$("$DOCKER" run --rm --network none --entrypoint bash "$image" -c 'command -v mvn javac gcc make || true')"
  [ -z "$tools" ] || fail "${image} contains build tools: ${tools//$'\n'/ }"
  local label
  label="$("$DOCKER" image inspect -f '{{index .Config.Labels "org.opencontainers.image.version"}}' "$image")"
  [ "$label" = "$VERSION" ] || fail "${image} label org.opencontainers.image.version is '${label}', expected '${VERSION}'"
  echo "== images: ${image} runs as ${user}, has no build tools, is labelled version ${label}"
}

write_app_secrets() {
  local secrets="${WORK}/secrets"
  mkdir -m 755 "$secrets"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "${secrets}/private-key.pem" 2>/dev/null
  openssl pkey -in "${secrets}/private-key.pem" -pubout -out "${secrets}/public-key.pem"
  # bcrypt (cost 10) of the throwaway password "ci-only-password"; no check here logs in.
  echo 'ci:$2b$10$5AR2oqJ78d79qSIpbGifXetQwjSrgycu8p.Ecv3xHymrdW.zObmSe:viewer' >"${secrets}/users"
  chmod 644 "$secrets"/*
}

run_app_checks() {
  step "running ${APP_IMAGE} with --network none"
  write_app_secrets
  "$DOCKER" run -d --name "$APP_CONTAINER" --network none \
    -v "${WORK}/secrets:/etc/testpod:ro" \
    -e TESTPOD_AUTH_USERS_FILE=/etc/testpod/users \
    -e SMALLRYE_JWT_SIGN_KEY_LOCATION=/etc/testpod/private-key.pem \
    -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/etc/testpod/public-key.pem \
    "$APP_IMAGE" >/dev/null

  local health="" waited=0
  while [ "$waited" -lt "$HEALTHY_TIMEOUT_SECONDS" ]; do
    health="$("$DOCKER" inspect -f '{{.State.Status}}/{{.State.Health.Status}}' "$APP_CONTAINER")"
    case "$health" in
      running/healthy) break ;;
      running/unhealthy | exited/* | dead/*)
        "$DOCKER" logs --tail 50 "$APP_CONTAINER" >&2
        fail "app container is ${health}" ;;
    esac
    sleep 2
    waited=$((waited + 2))
  done
  if [ "$health" != running/healthy ]; then
    "$DOCKER" logs --tail 50 "$APP_CONTAINER" >&2
    fail "app container still ${health} after ${HEALTHY_TIMEOUT_SECONDS} s"
  fi
  echo "== images: app container healthy after about ${waited} s"

  local version_body uid
  version_body="$("$DOCKER" exec "$APP_CONTAINER" http-probe /version)" || fail "GET /version inside the container failed"
  echo "== images: /version returned ${version_body}"
  [[ "$version_body" == *"\"version\":\"${VERSION}\""* ]] || fail "/version does not report \"version\":\"${VERSION}\""

  uid="$("$DOCKER" exec "$APP_CONTAINER" id -u)"
  [ "$uid" != 0 ] || fail "app process runs as root"
  echo "== images: app process runs as uid ${uid}"
}

print_sizes() {
  local image
  for image in "$APP_IMAGE" "$OPERATOR_IMAGE"; do
    echo "== images: ${image} size $("$DOCKER" image inspect -f '{{.Size}}' "$image" | numfmt --to=iec)"
  done
  echo "== images: build context ${context_size:-unknown}"
}

install_prerequisites
start_engine
import_base_image "$BUILD_BASE" openjdk-17-jdk-headless,maven,ca-certificates
trust_host_certificate_authorities "$BUILD_BASE"
import_base_image "$RUNTIME_BASE" openjdk-17-jre-headless,ca-certificates
build_image Dockerfile.app "$APP_IMAGE"
check_runtime_image "$APP_IMAGE"
run_app_checks
build_image Dockerfile.operator "$OPERATOR_IMAGE"
check_runtime_image "$OPERATOR_IMAGE"
print_sizes
echo "== images: passed in $((SECONDS - STARTED_AT)) s"
