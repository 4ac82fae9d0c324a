package io.tilecast.ops;

import io.tilecast.database.LocalDatabase;
import io.tilecast.routing.FlyMachine;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/** Adds to {@code /actuator/info} which region and machine answered, and where reads go. */
@Component
class MachineInfo implements InfoContributor {

    private final FlyMachine machine;
    private final LocalDatabase localDatabase;

    MachineInfo(FlyMachine machine, LocalDatabase localDatabase) {
        this.machine = machine;
        this.localDatabase = localDatabase;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("machine", Map.of(
                "region", machine.region(),
                "id", machine.machineId(),
                "primaryRegion", machine.primaryRegion(),
                "reads", localDatabase.description()));
    }
}
