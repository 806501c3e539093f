# syntax=docker/dockerfile:1
# One image per service, built from this repository: docker build --build-arg MODULE=command-side .
# Stage 1 builds the module and what it depends on with the project's Maven wrapper and unpacks its jar the way
# Spring Boot's extract tool lays it out (the application jar beside its libraries: plain jars on the class path
# load faster than jars nested in one); stage 2 runs only that.

FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -pl "${MODULE}" -am package \
 && cp "${MODULE}/target/${MODULE}.jar" /app.jar \
 && java -Djarmode=tools -jar /app.jar extract --destination /app

FROM eclipse-temurin:17-jre
# curl is only for the container health check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app shop
COPY --from=build /app /app
USER shop
WORKDIR /app
# Configuration comes from the environment (docker-compose.yml); nothing secret is baked in.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
