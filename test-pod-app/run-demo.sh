#!/usr/bin/env bash
# Starts the already built app on 127.0.0.1:8080 with a throwaway RSA key pair and one demo user
# whose random password is printed. Nothing is built and nothing is kept: the key pair and users
# file live in a temporary directory that is removed when the app stops.
#
# Build first:  mvn -B -pl test-pod-app -am package -DskipTests
# Override:     QUARKUS_HTTP_HOST, QUARKUS_HTTP_PORT, TESTPOD_VERSION
set -euo pipefail

app_dir="$(cd "$(dirname "$0")" && pwd)"
quarkus_app="${app_dir}/target/quarkus-app"
if [ ! -f "${quarkus_app}/quarkus-run.jar" ]; then
  echo "Missing ${quarkus_app}/quarkus-run.jar: build it with" >&2
  echo "  mvn -B -pl test-pod-app -am package -DskipTests" >&2
  exit 1
fi
if ! command -v openssl >/dev/null; then
  echo "openssl is required to generate the demo key pair." >&2
  exit 1
fi

demo_dir="$(mktemp -d "${TMPDIR:-/tmp}/test-pod-demo.XXXXXX")"
trap 'rm -rf "${demo_dir}"' EXIT

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "${demo_dir}/private-key.pem" 2>/dev/null
chmod 600 "${demo_dir}/private-key.pem"
openssl pkey -in "${demo_dir}/private-key.pem" -pubout -out "${demo_dir}/public-key.pem"

password="$(openssl rand -base64 18 | tr -d '/+=')"
printf '%s\n' "${password}" | java -cp "${quarkus_app}/app/*:${quarkus_app}/lib/main/*" \
  dev.testpod.app.auth.UserLineCommand demo viewer,operator > "${demo_dir}/users.txt"

host="${QUARKUS_HTTP_HOST:-127.0.0.1}"
port="${QUARKUS_HTTP_PORT:-8080}"
base_url="http://${host}:${port}"

cat <<INFO
Demo user: demo   password: ${password}   (valid until this app stops)

  curl -s ${base_url}/version
  curl -s ${base_url}/health/ready
  TOKEN=\$(curl -s -H 'Content-Type: application/json' \\
    -d '{"username":"demo","password":"${password}"}' ${base_url}/auth/login | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" ${base_url}/api/me

Press Ctrl-C to stop.
INFO

QUARKUS_HTTP_HOST="${host}" \
QUARKUS_HTTP_PORT="${port}" \
SMALLRYE_JWT_SIGN_KEY_LOCATION="${demo_dir}/private-key.pem" \
MP_JWT_VERIFY_PUBLICKEY_LOCATION="${demo_dir}/public-key.pem" \
TESTPOD_AUTH_USERS_FILE="${demo_dir}/users.txt" \
  java -jar "${quarkus_app}/quarkus-run.jar"
