# Production image: the WAR and the server configuration on Open Liberty, no build tools, no embedded database.
#   docker build -t observable-service .
# Stage 1 builds the WAR and fetches the JDBC driver with the project's own Maven wrapper and pom.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline -DskipTests
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && ./mvnw -B -q dependency:copy-dependencies -DincludeArtifactIds=postgresql -DoutputDirectory=target/jdbc -Dmdep.stripVersion=true \
 && echo "service.version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)" > target/bootstrap.properties

# Stage 2: Open Liberty, only the features server.xml names (features.sh), running as the image's non-root user.
FROM icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal
COPY --chown=1001:0 liberty/config/ /config/
RUN features.sh
COPY --chown=1001:0 --from=build /build/target/jdbc/postgresql.jar /config/jdbc/postgresql.jar
COPY --chown=1001:0 --from=build /build/target/observable-service.war /config/apps/observable-service.war
# service.version of the telemetry resource (server.env reads it; SERVICE_VERSION in the environment wins).
COPY --chown=1001:0 --from=build /build/target/bootstrap.properties /config/bootstrap.properties
# Deployed defaults; everything else (DB_*, JWT_KEYSTORE*, OTEL_*) comes from the environment (see README).
ENV ENVIRONMENT=production \
    HTTP_PORT=9080
EXPOSE 9080
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS http://localhost:9080/health/ready || exit 1
RUN configure.sh
