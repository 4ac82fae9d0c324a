# Build: the packaged jar, without the embedded PostgreSQL of local runs.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/tilecast-*.jar /tilecast.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 tilecast
USER tilecast
WORKDIR /app
COPY --from=build /tilecast.jar /app/tilecast.jar
EXPOSE 8080
# fly sends SIGTERM; the JVM runs the graceful shutdown (streams, journal drain, leases).
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=75", "-XX:MaxRAMPercentage=75", "-jar", "/app/tilecast.jar"]
