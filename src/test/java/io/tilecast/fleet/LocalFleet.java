package io.tilecast.fleet;

import static org.awaitility.Awaitility.await;

import io.tilecast.support.PackagedServer;
import io.tilecast.support.ReplicatedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fleet on one machine, as fly would run it: a PostgreSQL primary and its streaming replica;
 * region {@code ams}, the primary region, with machines {@code ams1} and {@code ams2}; region
 * {@code syd} with {@code syd1}, which reads from the replica; every machine a process of the
 * packaged jar with {@code FLY_REGION}, {@code FLY_MACHINE_ID} and {@code PRIMARY_REGION} set;
 * and the emulated edge in front of them.
 */
public final class LocalFleet implements AutoCloseable {

    public static final List<String> MACHINES = List.of("ams1", "ams2", "syd1");

    private final ReplicatedPostgres postgres;
    private final Map<String, PackagedServer> machines = new LinkedHashMap<>();
    private final EdgeProxy edge;

    private LocalFleet(Path data, String... arguments) {
        this.postgres = new ReplicatedPostgres(data);
        try {
            for (String id : MACHINES) {
                machines.put(id, start(id, arguments));
            }
            List<EdgeProxy.Machine> behind = new ArrayList<>();
            machines.forEach((id, machine) -> behind.add(new EdgeProxy.Machine(id, region(id), machine.port())));
            machines.values().forEach(LocalFleet::awaitReady);
            this.edge = EdgeProxy.start(behind, Duration.ofMillis(250));
        } catch (RuntimeException | Error failed) {
            machines.values().forEach(PackagedServer::close);
            postgres.close();
            throw failed;
        }
    }

    /** Starts the fleet; extra arguments (Spring properties) go to every machine. */
    public static LocalFleet start(Path data, String... arguments) {
        return new LocalFleet(data, arguments);
    }

    private PackagedServer start(String id, String... arguments) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "FLY_REGION", region(id), "FLY_MACHINE_ID", id, "PRIMARY_REGION", "ams",
                "DATABASE_URL", postgres.primaryUrl().url(), "FLY_APP_NAME", "tilecast-fleet"));
        if (region(id).equals("syd")) {
            environment.put("DATABASE_READ_URL", postgres.replicaUrl().url());
        }
        return PackagedServer.start(environment, arguments);
    }

    /** Starts a machine again after it stopped (as fly restarts one), and routes to it once it is ready. */
    public PackagedServer restart(String id, String... arguments) {
        PackagedServer machine = start(id, arguments);
        machines.put(id, machine);
        awaitReady(machine);
        edge.replace(new EdgeProxy.Machine(id, region(id), machine.port()));
        return machine;
    }

    /** Listening is not ready: a machine is ready once started, and the edge routes only to ready ones. */
    private static void awaitReady(PackagedServer machine) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> machine.send("GET", "/actuator/health/readiness", null).statusCode() == 200);
    }

    public static String region(String machineId) {
        return machineId.substring(0, 3);
    }

    public EdgeClient near(String region) {
        return new EdgeClient(edge.port(), region);
    }

    public EdgeProxy edge() {
        return edge;
    }

    public PackagedServer machine(String id) {
        return machines.get(id);
    }

    public ReplicatedPostgres postgres() {
        return postgres;
    }

    @Override
    public void close() {
        edge.close();
        machines.values().forEach(PackagedServer::close);
        postgres.close();
    }
}
