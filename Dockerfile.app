# Image of test-pod-app: a Maven build stage and a JRE-only runtime stage.
#
#   docker build -f Dockerfile.app --build-arg VERSION=1.4.2 --build-arg REVISION="$(git rev-parse HEAD)" .
#
# Both base images are build arguments, so a mirror or a locally built base can replace them.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# Every pom.xml of the reactor at its own path and nothing else, so the dependency layer below
# is rebuilt only when a pom changes.
FROM ${BUILD_IMAGE} AS poms
WORKDIR /src
COPY . .
RUN mkdir /poms && find . -name pom.xml -not -path '*/target/*' -exec cp --parents {} /poms/ \;

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY --from=poms /poms/ ./
RUN mvn -B -q -pl test-pod-app -am org.apache.maven.plugins:maven-dependency-plugin:3.8.1:go-offline \
 && mvn -B -q -pl test-pod-app quarkus:go-offline -Dmode=prod
COPY . .
# The context has no .git, so the commit shown by /version comes from this argument, abbreviated
# to 7 characters as git-commit-id-maven-plugin does in a checkout.
ARG REVISION=unknown
RUN mvn -B -q -pl test-pod-app -am package -Dmaven.test.skip=true \
      -Dgit.commit.id.abbrev="$(printf '%.7s' "${REVISION}")"

FROM ${RUNTIME_IMAGE}
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG BUILD_TIME=unknown
ARG SOURCE=unknown
LABEL org.opencontainers.image.title="test-pod-app" \
      org.opencontainers.image.description="Service that proves a cluster's infrastructure works" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${BUILD_TIME}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="Apache-2.0"

# A numeric user in group 0 satisfies runAsNonRoot and runs under an arbitrary UID as well.
# The application files stay owned by root, so the process cannot change them.
RUN useradd --no-log-init --uid 10001 --gid 0 --home-dir /deployments --no-create-home testpod
WORKDIR /deployments
COPY --from=build /src/test-pod-app/target/quarkus-app/ /deployments/quarkus-app/
COPY docker/http-probe.sh /usr/local/bin/http-probe

ENV TESTPOD_VERSION="${VERSION}" \
    QUARKUS_HTTP_HOST=0.0.0.0 \
    QUARKUS_HTTP_PORT=8080
USER 10001:0
EXPOSE 8080

# Liveness never depends on an external service, so this reports the JVM and HTTP stack only.
HEALTHCHECK --interval=10s --timeout=6s --start-period=60s --retries=3 \
  CMD ["/usr/local/bin/http-probe", "/q/health/live"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/deployments/quarkus-app/quarkus-run.jar"]
