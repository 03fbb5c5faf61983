#!/usr/bin/env bash
# Builds the operator and runs the scale benchmark in its own JVM with a 256 MiB heap limit.
# Usage: bench/run.sh [releases=1000] [namespaces=10] [timeout=1800]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bench -am package -DskipTests
TESTPOD_LOG_LEVEL="${TESTPOD_LOG_LEVEL:-WARN}" exec java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.testpod.bench.ScaleBenchmark "$@"
