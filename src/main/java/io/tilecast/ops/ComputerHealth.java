package io.tilecast.ops;

import io.tilecast.play.computer.BotSettings;
import io.tilecast.play.computer.MasterGames;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The master's games in play against their limit; always up, since a full master leaves the machine serving. */
@Component("computerHealthIndicator")
class ComputerHealth implements HealthIndicator {

    private final MasterGames masters;
    private final BotSettings settings;

    ComputerHealth(MasterGames masters, BotSettings settings) {
        this.masters = masters;
        this.settings = settings;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("masterGames", masters.inPlay()).withDetail("masterGamesLimit",
                settings.masterGames()).withDetail("masterThreads", settings.masterThreads()).build();
    }
}
