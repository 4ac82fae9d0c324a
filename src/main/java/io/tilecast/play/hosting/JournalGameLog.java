package io.tilecast.play.hosting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.journal.ChatSaid;
import io.tilecast.journal.EventAppended;
import io.tilecast.journal.GameFinished;
import io.tilecast.journal.GameSaved;
import io.tilecast.journal.Journal;
import io.tilecast.journal.JournalEntry;
import io.tilecast.play.host.GameLog;
import io.tilecast.play.host.GameSetup;
import io.tilecast.play.host.LoggedEvent;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Status;
import io.tilecast.play.host.Table;
import io.tilecast.play.host.view.ChatMessage;
import io.tilecast.play.host.view.GameOutcome;
import io.tilecast.play.host.view.GameSummary;
import io.tilecast.play.host.view.ResultView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Turns a host's changes into journal entries: the events, the games row, and the players' records. */
public final class JournalGameLog implements GameLog {

    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(5);

    private final Journal journal;
    private final JsonMapper json;
    private final EventCodec codec;
    private final String machineId;
    private final Duration leaseTtl;
    private final Clock clock;

    public JournalGameLog(Journal journal, JsonMapper json, EventCodec codec, String machineId, Duration leaseTtl,
                          Clock clock) {
        this.journal = journal;
        this.codec = codec;
        this.json = json;
        this.machineId = machineId;
        this.leaseTtl = leaseTtl;
        this.clock = clock;
    }

    @Override
    public boolean record(long epoch, Table after, List<LoggedEvent> events) {
        GameSetup setup = after.setup();
        Instant now = clock.instant();
        List<JournalEntry> entries = new ArrayList<>(events.size() + 2);
        entries.add(row(setup, epoch, after, now));
        for (LoggedEvent event : events) {
            entries.add(new EventAppended(setup.id(), event.version(), event.type(), codec.payload(event.change()),
                    epoch, event.at()));
        }
        if (after.status() == Status.FINISHED && !setup.imported()) { // a record's players have no accounts
            after.state().result().ifPresent(result -> entries.add(new GameFinished(setup.id(), epoch,
                    after.players().stream().map(PlayerRef::id).toList(),
                    result.winners().stream().map(seat -> after.players().get(seat).id()).toList())));
        }
        return journal.offer(entries);
    }

    @Override
    public boolean said(String gameId, ChatMessage message) {
        return journal.offer(List.of(new ChatSaid(gameId, message.id(), message.channel(), message.from().id(),
                message.from().name(), message.text(), message.at())));
    }

    /** Waits as long as a request would wait for the database. */
    @Override
    public Mono<Void> flushed() {
        return journal.flush(FLUSH_TIMEOUT);
    }

    private GameSaved row(GameSetup setup, long epoch, Table table, Instant now) {
        // The shape the lobby reads back.
        List<GameSummary.SeatSummary> seats = new ArrayList<>(table.players().size());
        for (int seat = 0; seat < table.players().size(); seat++) {
            int score = table.state() == null ? 0 : table.state().score(seat);
            seats.add(new GameSummary.SeatSummary(table.players().get(seat), score));
        }
        String finalScores = table.state() == null ? null : table.state().result()
                .map(result -> json.writeValueAsString(ResultView.of(result))).orElse(null);
        String outcome = table.state() == null ? null
                : GameOutcome.of(table.state()).map(json::writeValueAsString).orElse(null);
        Instant deadline = table.state() == null ? null : table.state().clock().deadline().orElse(null);
        return new GameSaved(setup.id(), setup.region(), machineId, epoch, now.plus(leaseTtl), table.status().code(),
                setup.seatCount(), json.writeValueAsString(seats), setup.creator().id(), setup.lexicon().name(),
                json.writeValueAsString(new TableRules(setup.seatCount(), setup.clock(), setup.rematchOf(),
                        setup.challenge().code(), setup.rated() ? Boolean.TRUE : null,
                        setup.imported() ? Boolean.TRUE : null)), setup.seed(),
                table.version(),
                setup.createdAt(), table.status() == Status.FINISHED ? now : null, finalScores, deadline, outcome);
    }

    /** The games row's {@code rules}, as the lobby shows them; {@code rated} and {@code imported} only when true. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TableRules(int seats, @JsonInclude(JsonInclude.Include.ALWAYS) TimeControl clock, String rematchOf,
                      String challenge, Boolean rated, Boolean imported) {
    }
}
