# Build: the packaged jar (without the embedded PostgreSQL of local runs), extracted into layers
# that change at different rates (dependencies, Spring Boot's loader, snapshots, the application),
# so that a new build of Tilecast alone ships only its last, 1 MB layer.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/tilecast-*.jar extract --layers --destination /layers \
 && mv /layers/application/tilecast-*.jar /layers/application/tilecast.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --no-create-home tilecast
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./

# The JVM on fly's 1 GB machine (fly.toml [[vm]]), for the training run below and the server alike.
# - G1, chosen: left to itself the JVM picks Serial on a machine under 1.8 GB; G1 against
#   generational ZGC at this size is in docs/benchmarks.md ("Garbage collector on a 1 GB machine").
# - Heap, direct memory (Netty's buffers), metaspace and code cache each bounded, together at most
#   three quarters of the machine; the rest is for thread stacks, the collector's own structures
#   and the guest kernel. The heap is committed at start: the machine is the server's alone.
# - An OutOfMemoryError ends the process (fly restarts it, and other machines take its games)
#   instead of leaving it up and failing.
ENV JDK_JAVA_OPTIONS="-XX:+UseG1GC -Xms448m -Xmx448m -XX:MaxDirectMemorySize=128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError"

# An AOT cache (JEP 483, 514) of the classes loaded and linked while the application context starts:
# a training run that refreshes the context and exits before anything would start serving, with no
# database (Flyway off; the pools connect lazily). Start-up times with and without it are in
# docs/benchmarks.md ("Start-up").
RUN DATABASE_URL=postgres://training@127.0.0.1:9/training \
    TILECAST_AUTH_SECRET=only-for-the-training-run-not-a-real-secret \
    java -XX:AOTCacheOutput=tilecast.aot -Dspring.context.exit=onRefresh -jar tilecast.jar \
        --spring.flyway.enabled=false

USER tilecast
# 8080: the API, the web client, health status. 9091: operations (metrics, detailed health), private.
EXPOSE 8080 9091
# fly sends SIGTERM; the JVM runs the graceful shutdown (streams, journal drain, leases).
ENTRYPOINT ["java", "-XX:AOTCache=tilecast.aot", "-jar", "tilecast.jar"]
