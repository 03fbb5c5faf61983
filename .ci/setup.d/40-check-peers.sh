# Installs the test servers of the app's dependency checks outside the repository. The tests of
# test-pod-app start them on 127.0.0.1: PostgreSQL 15, Azurite from npm, and S3Proxy and Cassandra
# from their jars. PostgreSQL runs as an unprivileged user because initdb rejects root.
TESTPOD_PEERS_DIR="${TESTPOD_PEERS_DIR:-/opt/testpod-peers}"
export TESTPOD_PEERS_DIR
mkdir -p "$TESTPOD_PEERS_DIR"

if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  apt-get update -qq
  apt-get install -y -qq postgresql-15 >/dev/null
fi
if [ "$(id -u)" = 0 ] && ! id testpod-pg >/dev/null 2>&1; then
  useradd --system --create-home --shell /usr/sbin/nologin testpod-pg
fi

if [ ! -x "$TESTPOD_PEERS_DIR/azurite/node_modules/.bin/azurite-blob" ]; then
  npm install --silent --no-audit --no-fund --prefix "$TESTPOD_PEERS_DIR/azurite" azurite@3.35.0
fi

# The jars are copied again whenever test-peers/pom.xml changes.
peers_pom_sum="$(sha256sum test-pod-app/test-peers/pom.xml | cut -d' ' -f1)"
for peer in s3proxy cassandra; do
  if [ "$(cat "$TESTPOD_PEERS_DIR/$peer/.complete" 2>/dev/null)" != "$peers_pom_sum" ]; then
    rm -rf "${TESTPOD_PEERS_DIR:?}/$peer"
    mvn -B -q -f test-pod-app/test-peers/pom.xml -P "$peer" dependency:copy-dependencies \
      -DoutputDirectory="$TESTPOD_PEERS_DIR/$peer" -DincludeScope=runtime
    echo "$peers_pom_sum" > "$TESTPOD_PEERS_DIR/$peer/.complete"
  fi
done
echo "test peers in $TESTPOD_PEERS_DIR: $(ls "$TESTPOD_PEERS_DIR" | tr '\n' ' ')"
