# Builds the app (Maven + npm for the portal bundle and bpmnlint), then runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 cabinet
COPY --from=build /src/target/union-cabinet.jar /app/union-cabinet.jar
# the container's health check (docker-compose.yml): one class run on the bare JRE, which has no curl or wget
COPY --from=build /src/target/classes/org/unioncabinet/system/HealthProbe.class /app/probe/org/unioncabinet/system/HealthProbe.class
USER cabinet
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/union-cabinet.jar"]
