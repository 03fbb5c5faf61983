# Java 17 and Maven 3.8 are the build's baseline; fail early with a clear line when they are missing.
if ! command -v mvn >/dev/null || ! command -v java >/dev/null; then
  apt-get update -qq
  apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
fi
java -version 2>&1 | sed -n 1p
mvn -B -v | sed -n 1p
