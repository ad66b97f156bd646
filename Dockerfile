# Fledge container: build with the Maven wrapper on a JDK, run the fast-jar on a Java 25 runtime as non-root.
#   docker build -t fledge .
#   docker run --rm -p 8080:8080 fledge
# Configuration: environment variables (see README), e.g. -e FLEDGE_LIMITS_MAX_UPLOAD_SIZE=10G.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY openapi openapi
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN groupadd --system fledge && useradd --system --gid fledge --home-dir /work --create-home fledge \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /deployments
COPY --from=build --chown=fledge:fledge /src/target/quarkus-app/lib/ lib/
COPY --from=build --chown=fledge:fledge /src/target/quarkus-app/*.jar ./
COPY --from=build --chown=fledge:fledge /src/target/quarkus-app/app/ app/
COPY --from=build --chown=fledge:fledge /src/target/quarkus-app/quarkus/ quarkus/
USER fledge
# Footprint: conversions stream, so the live heap stays small; a small initial heap (-Xms32m) lets the serial
# collector grow it only as far as that needs (by default the JVM starts at 1/64 of the RAM, and garbage then
# fills, and makes resident, the whole maximum heap); TrimNativeHeapInterval hands memory the C heap no longer uses
# (JIT compiler arenas, zlib buffers) back every 2 s. With -Xmx256m, 100k-post conversions of every target in a row
# peak at ~220 MB RSS this way against ~400 MB with the defaults (docs/benchmarks.md).
# MALLOC_ARENA_MAX: fewer C heap arenas for zlib's native buffers (a common setting for JVMs in containers).
ENV FLEDGE_WORK_DIR=/work/tmp \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="-Xms32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=2000 -XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS http://localhost:8080/q/health/live || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
