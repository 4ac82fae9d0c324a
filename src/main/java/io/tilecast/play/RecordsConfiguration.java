package io.tilecast.play;

import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.hosting.ArchivedGames;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.RecordImports;
import io.tilecast.routing.FlyMachine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Game records read in from GCG. */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    RecordImports recordImports(HostedGames games, FlyMachine machine, ArchivedGames archive, GameLog gameLog,
                                Hosting hosting) {
        return new RecordImports(games, machine.region(), archive, gameLog, hosting);
    }
}
