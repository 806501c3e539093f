# syntax=docker/dockerfile:1
# One image per service, built from this repository: docker build --build-arg MODULE=command-side .
# Stage 1 builds the module and what it depends on with the project's Maven wrapper; stage 2 runs only the jar.

FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl "${MODULE}" -am package \
 && cp "${MODULE}/target/${MODULE}.jar" /app.jar

FROM eclipse-temurin:17-jre
# curl is only for the container health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app shop
COPY --from=build /app.jar /app/app.jar
USER shop
WORKDIR /app
# Configuration comes from the environment (docker-compose.yml); nothing secret is baked in.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
