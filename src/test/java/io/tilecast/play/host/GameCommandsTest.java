package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.TimeControl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands as pure decisions: a table and a command in, a refusal or events out, with nothing started. */
class GameCommandsTest {

    private static final PlayerRef ALICE = new PlayerRef("p-alice", "alice");
    private static final PlayerRef BOB = new PlayerRef("p-bob", "bob");
    private static final PlayerRef CAROL = new PlayerRef("p-carol", "carol");
    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");

    private final GameCommands commands = new GameCommands(Duration.ofHours(72));
    private final GameSetup setup = new GameSetup("local-game", "local", ALICE, 2, Lexicon.english(), 42L, T0,
            new TimeControl(60, 0, 0), null);
    private final List<LoggedEvent> log = new ArrayList<>();

    @Test
    void joiningAFullGameOrTwiceIsRefusedAndChangesNothing() {
        Table waiting = changed(commands.create(setup));
        Table seated = decide(waiting, new GameCommand.Join(BOB), T0);

        assertThat(seated.players()).containsExactly(ALICE, BOB);
        assertThat(seated.version()).isEqualTo(2);
        assertThat(refusal(seated, new GameCommand.Join(BOB))).isEqualTo(RejectionCode.ALREADY_SEATED);
        assertThat(refusal(seated, new GameCommand.Join(CAROL))).isEqualTo(RejectionCode.GAME_FULL);
        assertThat(refusal(seated, new GameCommand.Start(BOB))).isEqualTo(RejectionCode.NOT_CREATOR);
        assertThat(refusal(waiting, new GameCommand.Start(ALICE))).isEqualTo(RejectionCode.NOT_ENOUGH_PLAYERS);
    }

    @Test
    void aMoveIsTakenOnlyFromASeatedPlayerAtTheCurrentVersion() {
        Table started = started();

        assertThat(refusal(started, new GameCommand.Play(CAROL, started.version(), new Move.Pass())))
                .isEqualTo(RejectionCode.NOT_SEATED);
        assertThat(refusal(started, new GameCommand.Play(ALICE, started.version() - 1, new Move.Pass())))
                .isEqualTo(RejectionCode.STALE_VERSION);
        assertThat(refusal(started, new GameCommand.Play(BOB, started.version(), new Move.Pass())))
                .isEqualTo(RejectionCode.NOT_YOUR_TURN);

        Decision.Changed passed = (Decision.Changed) commands.decide(started,
                new GameCommand.Play(ALICE, started.version(), new Move.Pass()), T0.plusSeconds(5));
        assertThat(passed.logged()).singleElement().satisfies(event -> {
            assertThat(event.change()).isEqualTo(new Change.Moved(0, new Move.Pass(), 0));
            assertThat(event.version()).isEqualTo(started.version() + 1);
        });
        assertThat(passed.events()).singleElement().extracting(GameEvent::type).isEqualTo(EventName.MOVED);
        assertThat(passed.next().state().toMove()).isEqualTo(1);
    }

    @Test
    void aResignationLogsTheTurnAndTheEndOneVersionLater() {
        Table started = started();

        Decision.Changed resigned = (Decision.Changed) commands.decide(started,
                new GameCommand.Play(BOB, started.version(), new Move.Resign()), T0.plusSeconds(1));

        assertThat(resigned.logged()).extracting(LoggedEvent::type).containsExactly("moved", "ended");
        assertThat(resigned.logged()).extracting(LoggedEvent::version)
                .containsExactly(started.version() + 1, started.version() + 2);
        assertThat(resigned.next().status()).isEqualTo(Status.FINISHED);
        assertThat(resigned.next().version()).isEqualTo(started.version() + 2);
    }

    @Test
    void aClaimIsDecidedFromWhenThePlayerToMoveMayBeClaimedAgainstAndLoggedAsAMove() {
        Table started = started();
        Instant from = T0.plusSeconds(60);
        var present = new GameCommand.Claim(BOB, started.version(), List.of(Optional.empty(), Optional.empty()));
        var away = new GameCommand.Claim(BOB, started.version(), List.of(Optional.of(from), Optional.empty()));

        assertThat(refusal(started, present)).isEqualTo(RejectionCode.OPPONENT_PRESENT);
        assertThat(((Decision.Refused) commands.decide(started, away, from.minusMillis(1))).refusal().code())
                .isEqualTo(RejectionCode.OPPONENT_PRESENT);
        Decision.Changed claimed = (Decision.Changed) commands.decide(started, away, from);

        assertThat(claimed.logged().getFirst().change()).isEqualTo(new Change.Moved(1, new Move.Claim(), 0));
        assertThat(claimed.next().state().result().orElseThrow().reason().code()).isEqualTo("abandoned");
        Table replayed = started;
        for (LoggedEvent event : claimed.logged()) {
            replayed = commands.apply(replayed, event).next();
        }
        assertThat(replayed).isEqualTo(claimed.next()); // a rebuild replays the claim without asking about presence
    }

    @Test
    void keepingTimeTimesOutTheSeatToMoveOnlyOnceItsTimeIsUp() {
        Table started = started();

        assertThat(((Decision.Changed) commands.decide(started, new GameCommand.KeepTime(), T0.plusSeconds(59)))
                .nothing()).isTrue();
        Decision.Changed late = (Decision.Changed) commands.decide(started, new GameCommand.KeepTime(),
                T0.plusSeconds(61));

        assertThat(late.logged()).extracting(LoggedEvent::change)
                .first().isEqualTo(new Change.TimedOut(0));
        assertThat(late.next().status()).isEqualTo(Status.FINISHED);
    }

    @Test
    void foldingTheLoggedEventsGivesTheTableTheDecisionsGave() {
        Table started = started();
        Table played = decide(started, new GameCommand.Play(ALICE, started.version(), new Move.Pass()), T0.plusSeconds(2));
        Table ended = decide(played, new GameCommand.Play(BOB, played.version(), new Move.Resign()), T0.plusSeconds(3));

        Table folded = Table.created(setup);
        for (LoggedEvent event : log.subList(1, log.size())) {
            folded = commands.apply(folded, event).next();
        }

        assertThat(folded).isEqualTo(ended);
    }

    @Test
    void anEventThatDoesNotFollowItsTableIsACorruptLog() {
        Table waiting = changed(commands.create(setup));

        assertThatThrownBy(() -> commands.apply(waiting, new LoggedEvent(5, T0, new Change.Joined(1, BOB))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("version 1");
    }

    private Table started() {
        Table waiting = changed(commands.create(setup));
        Table seated = decide(waiting, new GameCommand.Join(BOB), T0);
        return decide(seated, new GameCommand.Start(ALICE), T0);
    }

    private Table decide(Table table, GameCommand command, Instant at) {
        return changed(commands.decide(table, command, at));
    }

    private Table changed(Decision decision) {
        Decision.Changed changed = (Decision.Changed) decision;
        log.addAll(changed.logged());
        return changed.next();
    }

    private RejectionCode refusal(Table table, GameCommand command) {
        return ((Decision.Refused) commands.decide(table, command, T0)).refusal().code();
    }
}
