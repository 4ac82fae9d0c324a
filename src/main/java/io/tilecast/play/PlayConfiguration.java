package io.tilecast.play;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.database.LocalDatabase;
import io.tilecast.journal.EventLog;
import io.tilecast.journal.Journal;
import io.tilecast.play.computer.BotSettings;
import io.tilecast.play.computer.BotTurns;
import io.tilecast.play.computer.Bots;
import io.tilecast.play.computer.GameAnalysis;
import io.tilecast.play.computer.MasterGames;
import io.tilecast.play.computer.StoredAnalyses;
import io.tilecast.play.computer.ThinkingPool;
import io.tilecast.play.host.GameCommands;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.PlayMeters;
import io.tilecast.play.host.PlaySettings;
import io.tilecast.play.hosting.ArchivedGames;
import io.tilecast.play.hosting.EventCodec;
import io.tilecast.play.hosting.GameRebuild;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.hosting.Housekeeping;
import io.tilecast.play.hosting.JournalGameLog;
import io.tilecast.play.hosting.LeaseLocator;
import io.tilecast.play.hosting.Lexicons;
import io.tilecast.play.hosting.LogRecovery;
import io.tilecast.play.hosting.Rematches;
import io.tilecast.play.hosting.Timekeeper;
import io.tilecast.play.lobby.Lobby;
import io.tilecast.play.lobby.LobbyFeed;
import io.tilecast.routing.FlyMachine;
import io.tilecast.routing.Leases;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the game hosts to the journal, the leases and the databases. */
@Configuration(proxyBeanMethods = false)
class PlayConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PlayMeters playMeters(MeterRegistry registry) {
        return new PlayMeters(registry);
    }

    @Bean
    Leases leases(DatabaseClient primary, FlyMachine machine, PlaySettings settings, MeterRegistry registry) {
        return new Leases(primary, machine, settings.leaseTtl(), registry);
    }

    @Bean
    GameLog gameLog(Journal journal, JsonMapper json, FlyMachine machine, PlaySettings settings, Clock clock) {
        return new JournalGameLog(journal, json, new EventCodec(json), machine.machineId(), settings.leaseTtl(), clock);
    }

    @Bean
    Hosting hosting(PlaySettings settings, PlayMeters meters, Clock clock) {
        return new Hosting(settings, meters, clock, player -> Bots.byId(player).isPresent());
    }

    @Bean
    GameRebuild gameRebuild(JsonMapper json, Lexicons lexicons, PlaySettings settings) {
        return new GameRebuild(new EventCodec(json), lexicons, new GameCommands(settings.moveLimit()));
    }

    @Bean
    GameAnalysis gameAnalysis(DatabaseClient primary, LocalDatabase local, JsonMapper json, MeterRegistry meters,
                              @Value("${tilecast.analysis.permits:2}") int permits,
                              @Value("${tilecast.analysis.threads:0}") int threads) {
        return new GameAnalysis(new StoredAnalyses(primary, local), json, permits,
                threads > 0 ? threads : Math.max(1, Math.min(permits, ThinkingPool.halfTheCores())), meters);
    }

    @Bean
    MasterGames masterGames(BotSettings settings, ObjectProvider<HostedGames> games, MeterRegistry meters) {
        return new MasterGames(settings.masterGames(),
                host -> games.getObject().hosted(host.id()).orElse(null) == host, meters);
    }

    @Bean
    BotTurns botTurns(BotSettings settings, MasterGames masters) {
        return new BotTurns(settings, masters);
    }

    @Bean
    HostedGames hostedGames(FlyMachine machine, GameLog gameLog, Leases leases, EventLog eventLog,
                            GameRebuild rebuild, PlaySettings settings, Hosting hosting, Journal journal,
                            MeterRegistry registry, BotTurns bots) {
        HostedGames games = new HostedGames(machine.region(), machine.machineId(), gameLog,
                new LogRecovery(leases, eventLog, rebuild, gameLog, hosting, settings.leaseTerm()), hosting,
                bots::watch);
        journal.onFenced(games::evict);
        Gauge.builder("tilecast.games.hosted", games, HostedGames::size).description("Games hosted by this process")
                .strongReference(true).register(registry);
        return games;
    }

    @Bean
    Housekeeping housekeeping(HostedGames games, Leases leases, GameLog gameLog, PlaySettings settings) {
        return new Housekeeping(games, leases, gameLog, settings);
    }

    @Bean
    Timekeeper timekeeper(HostedGames games, EventLog eventLog, FlyMachine machine, Clock clock, PlaySettings settings) {
        return new Timekeeper(games, eventLog, machine.region(), clock, settings);
    }

    @Bean
    LeaseLocator leaseLocator(FlyMachine machine, HostedGames games, Leases leases) {
        return new LeaseLocator(machine, games, leases);
    }

    @Bean
    ArchivedGames archivedGames(LocalDatabase local, GameRebuild rebuild, Hosting hosting) {
        return new ArchivedGames(new EventLog(local.client()), rebuild, hosting);
    }

    @Bean
    Lobby lobby(LocalDatabase local, JsonMapper json) {
        return new Lobby(local, json);
    }

    @Bean
    Rematches rematches(DatabaseClient primary) {
        return new Rematches(primary);
    }

    @Bean
    LobbyFeed lobbyFeed(Lobby lobby, PlaySettings settings, MeterRegistry registry,
                        @Value("${tilecast.lobby.page-buffer:1024}") int pageBuffer) {
        return new LobbyFeed(lobby, settings.lobbyRead(), pageBuffer, registry);
    }
}
