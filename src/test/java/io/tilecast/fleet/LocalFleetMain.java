package io.tilecast.fleet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The fleet on one machine for a person to use (scripts/local-fleet): starts it, says where the
 * edge and each machine listen, and stops everything on Ctrl-C.
 */
public final class LocalFleetMain {

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("tilecast-fleet");
        LocalFleet fleet = LocalFleet.start(data, args);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fleet.close();
            stopped.countDown();
        }));
        System.out.println("Tilecast fleet: the edge at http://localhost:" + fleet.edge().port()
                + " (send 'Edge-Near-Region: ams' or 'syd'; ams without it)");
        for (String id : LocalFleet.MACHINES) {
            System.out.println("  " + LocalFleet.region(id) + "/" + id + " at http://localhost:" + fleet.machine(id).port()
                    + ", operations at http://127.0.0.1:" + fleet.machine(id).operationsPort() + "/actuator"
                    + " (pid " + fleet.machine(id).pid() + ")");
        }
        System.out.println("  PostgreSQL primary " + fleet.postgres().primaryUrl().url() + ", replica "
                + fleet.postgres().replicaUrl().url());
        System.out.println("Ctrl-C stops the fleet.");
        stopped.await();
    }
}
