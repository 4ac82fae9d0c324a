package io.tilecast.play.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.gcg.GcgReader;
import io.tilecast.game.gcg.GcgRecord;
import io.tilecast.game.gcg.GcgWriter;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.ChallengeState;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.PendingPlay;
import io.tilecast.game.rules.Positions;
import io.tilecast.game.rules.RandomPlayer;
import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.search.WordFinder;
import io.tilecast.journal.StoredEvent;
import io.tilecast.play.hosting.EventCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random games with phonies and challenges under every rule, two to four seats: the tiles are conserved, the log
 * rebuilds the same table, no view or event shows a rack to anyone else or whether a pending play is valid, and the
 * GCG record adds up to the same scores.
 */
class ChallengeGamesTest {

    private static final Instant T0 = Instant.parse("2026-12-06T12:00:00Z");
    private static final Lexicon ENGLISH = Lexicon.english();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final List<PlayerRef> PLAYERS = List.of(new PlayerRef("p-a", "ann"), new PlayerRef("p-b", "ben"),
            new PlayerRef("p-c", "cy"), new PlayerRef("p-d", "dee"));

    private final GameCommands commands = new GameCommands(Duration.ofHours(72));
    private final EventCodec codec = new EventCodec(json);

    static Stream<Arguments> games() {
        SplittableRandom random = new SplittableRandom();
        return random.longs(60).mapToObj(seed -> Arguments.of(seed, 2 + (int) Math.floorMod(seed, 3L),
                ChallengeRule.values()[(int) Math.floorMod(seed >> 8, (long) ChallengeRule.values().length)]));
    }

    @ParameterizedTest(name = "seed={0}L seats={1} rule={2}")
    @MethodSource("games")
    void tilesAreConservedTheLogRebuildsTheGameAndNothingLeaks(long seed, int seats, ChallengeRule rule) {
        Random random = new Random(seed);
        RandomPlayer player = new RandomPlayer(random);
        GameSetup setup = new GameSetup("local-g", "local", PLAYERS.getFirst(), seats, ENGLISH, seed, T0, null, null,
                rule);
        List<LoggedEvent> log = new ArrayList<>();
        List<GameEvent> shown = new ArrayList<>();
        Decision.Changed created = commands.create(setup);
        log.addAll(created.logged());
        shown.addAll(created.events());
        Table table = created.next();
        for (int seat = 1; seat < seats; seat++) {
            table = take(table, new GameCommand.Join(PLAYERS.get(seat)), T0, log, shown);
        }
        table = take(table, new GameCommand.Start(PLAYERS.getFirst()), T0, log, shown);
        for (int turn = 1; turn < 600 && table.status() == Status.ACTIVE; turn++) {
            Instant at = T0.plusSeconds(turn);
            GameState state = table.state();
            if (state.challenge().open() && random.nextInt(3) > 0) {
                int by = challenger(state, random);
                Table before = table;
                table = take(table, new GameCommand.Play(PLAYERS.get(by), table.version(), new Move.Challenge()), at,
                        log, shown);
                int second = challenger(before.state(), random);
                assertThat(commands.decide(table, new GameCommand.Play(PLAYERS.get(second), before.version(),
                        new Move.Challenge()), at)).isEqualTo(new Decision.Refused(
                        Rejection.of(RejectionCode.NOTHING_TO_CHALLENGE)));
                continue;
            }
            int mover = state.toMove();
            Move move = random.nextBoolean()
                    ? WordFinder.play(state.board().rows(), state.rack(mover).tiles(), ENGLISH)
                    .<Move>map(Move.Place::new).orElse(new Move.Pass())
                    : player.choose(state);
            Decision decision = commands.decide(table, new GameCommand.Play(PLAYERS.get(mover), table.version(), move),
                    at);
            if (decision instanceof Decision.Refused refused) {
                assertThat(refused.refusal().code())
                        .isIn(RejectionCode.INVALID_WORD, RejectionCode.FINAL_PASS_EXPECTED);
                move = new Move.Pass();
            }
            table = take(table, new GameCommand.Play(PLAYERS.get(mover), table.version(), move), at, log, shown);
        }
        assertThat(table.status()).isEqualTo(Status.FINISHED);
        GcgRecord record = GcgReader.read(GcgWriter.write(table.state(), PLAYERS.subList(0, seats).stream()
                .map(PlayerRef::name).toList()), ENGLISH);
        assertThat(record.scoreMismatches()).isEmpty();
        assertThat(record.finalTotals()).isEqualTo(table.state().scores());

        Table rebuilt = null;
        List<GameEvent> replayed = new ArrayList<>();
        for (LoggedEvent event : log) {
            LoggedEvent read = codec.read(new StoredEvent(setup.id(), event.version(), event.type(),
                    codec.payload(event.change()), 1, event.at()));
            if (rebuilt == null) {
                Decision.Changed again = commands.create(setup);
                rebuilt = again.next();
                replayed.addAll(again.events());
            } else {
                GameCommands.Step step = commands.apply(rebuilt, read);
                rebuilt = step.next();
                replayed.add(step.shown().get());
            }
        }
        assertThat(rebuilt).isEqualTo(table);
        assertThat(deliveries(replayed, seats)).isEqualTo(deliveries(shown, seats));
    }

    private static List<String> deliveries(List<GameEvent> events, int seats) {
        List<String> all = new ArrayList<>();
        for (GameEvent event : events) {
            for (int seat = -1; seat < seats; seat++) {
                Delivery delivery = event.deliveryFor(seat < 0 ? Viewer.SPECTATOR : Viewer.seat(seat));
                all.add(delivery.type() + " " + delivery.version() + " " + json.writeValueAsString(delivery.data()));
            }
        }
        return all;
    }

    private static int challenger(GameState state, Random random) {
        int[] others = IntStream.range(0, state.seats())
                .filter(s -> s != state.challenge().pending().seat() && !state.resigned(s)).toArray();
        return others[random.nextInt(others.length)];
    }

    /** Takes a command that must change the table, checking the table and what everyone is shown of it. */
    private Table take(Table table, GameCommand command, Instant at, List<LoggedEvent> log, List<GameEvent> shown) {
        Decision decision = commands.decide(table, command, at);
        assertThat(decision).as("%s at %s", command, table.state()).isInstanceOf(Decision.Changed.class);
        Decision.Changed changed = (Decision.Changed) decision;
        log.addAll(changed.logged());
        shown.addAll(changed.events());
        Table next = changed.next();
        if (next.status() == Status.ACTIVE) {
            assertThat(Positions.allTiles(next.state())).isEqualTo(Positions.sorted(TileSet.all()));
            nothingLeaks(next, changed.events());
        }
        return next;
    }

    private static void nothingLeaks(Table table, List<GameEvent> events) {
        GameState state = table.state();
        Table blind = table.with(table.version(), state.withChallenge(withoutPhonies(state.challenge())));
        for (int seat = -1; seat < state.seats(); seat++) {
            Viewer viewer = seat < 0 ? Viewer.SPECTATOR : Viewer.seat(seat);
            String view = json.writeValueAsString(GameViews.game(table, viewer));
            assertThat(view).isEqualTo(json.writeValueAsString(GameViews.game(blind, viewer)));
            for (int other = 0; other < state.seats(); other++) {
                String rack = state.rack(other).tiles();
                if (other != seat && rack.length() == TileSet.RACK_SIZE) {
                    assertThat(view).doesNotContain("\"rack\":\"" + rack + "\"");
                }
            }
            for (GameEvent event : events) {
                String data = json.writeValueAsString(event.deliveryFor(viewer).data());
                for (int other = 0; other < state.seats(); other++) {
                    if (other != seat && state.rack(other).size() == TileSet.RACK_SIZE) {
                        assertThat(data).doesNotContain("\"rack\":\"" + state.rack(other).tiles() + "\"");
                    }
                }
            }
        }
    }

    private static ChallengeState withoutPhonies(ChallengeState challenge) {
        PendingPlay p = challenge.pending();
        return p == null ? challenge : new ChallengeState(challenge.rule(), new PendingPlay(p.seat(), p.boardBefore(),
                p.tiles(), p.rackBefore(), p.drawn(), p.score(), p.words(), List.of(), p.scorelessBefore(), p.out()),
                challenge.lostTurns());
    }

}
