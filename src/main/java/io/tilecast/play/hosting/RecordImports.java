package io.tilecast.play.hosting;

import io.tilecast.game.gcg.RecordReplay;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.play.host.Decision;
import io.tilecast.play.host.GameCommands;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.Hosting;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.RecordImport;
import io.tilecast.play.host.ReconnectReason;
import java.time.temporal.ChronoUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * Makes finished games of this region from GCG records: logged like any game, so that they are read back, exported and
 * analysed after a restart; a record's players sit in its seats, and such a game is never rated or credited.
 */
public final class RecordImports {

    private static final Log log = LogFactory.getLog(RecordImports.class);

    private final HostedGames games;
    private final String region;
    private final ArchivedGames archive;
    private final GameLog gameLog;
    private final Hosting hosting;
    private final GameCommands commands;

    public RecordImports(HostedGames games, String region, ArchivedGames archive, GameLog gameLog, Hosting hosting) {
        this.games = games;
        this.region = region;
        this.archive = archive;
        this.gameLog = gameLog;
        this.hosting = hosting;
        this.commands = new GameCommands(hosting.settings().moveLimit());
    }

    /** What became of a record: a game, or the refusal and the record's line (1-based) it points at. */
    public sealed interface Imported {

        record Game(GameHost host) implements Imported {
        }

        record Refused(RejectionCode code, int line, String detail) implements Imported {
        }
    }

    /** The record as a finished game, answered once the journal has written it (or has given up waiting for it). */
    public Mono<Imported> importRecord(PlayerRef importer, String gcg, Lexicon lexicon) {
        return switch (RecordReplay.of(gcg, lexicon)) {
            case RecordReplay.Unreadable unreadable -> Mono.just(new Imported.Refused(RejectionCode.INVALID_GCG,
                    unreadable.line(), "Line " + unreadable.line() + ": " + unreadable.reason() + "."));
            case RecordReplay.Disagrees parted -> Mono.just(new Imported.Refused(RejectionCode.GCG_SCORES_DISAGREE,
                    parted.line(), "Line " + parted.line() + " gives " + parted.player() + " " + parted.recorded()
                            + "; the plays make it " + parted.computed() + "."));
            case RecordReplay.Replayed replayed -> stored(importer, gcg, lexicon, replayed);
        };
    }

    private Mono<Imported> stored(PlayerRef importer, String gcg, Lexicon lexicon, RecordReplay.Replayed replayed) {
        GameSetup setup = new GameSetup(games.newGameId(), region, importer, replayed.names().size(),
                lexicon, 0L, hosting.clock().instant().truncatedTo(ChronoUnit.MILLIS), null, null,
                replayed.game().challenge().rule(), false, true);
        Decision.Changed decided = RecordImport.decide(commands, setup, gcg);
        GameHost host = hosting.host(decided.next(), decided.events(), 1L, gameLog);
        if (!host.recordCreation(decided)) {
            return Mono.just(new Imported.Refused(RejectionCode.JOURNAL_FULL, 0, RejectionCode.JOURNAL_FULL.detail()));
        }
        host.close(ReconnectReason.ARCHIVED);
        archive.keep(host);
        return gameLog.flushed()
                .onErrorResume(slow -> {
                    log.warn("Imported game " + setup.id() + " is not written yet: " + slow.getMessage());
                    return Mono.empty();
                })
                .thenReturn(new Imported.Game(host));
    }
}
