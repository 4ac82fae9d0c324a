package io.tilecast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.search.WordFinder;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Rated games played in sequence over HTTP, each rated by the server and checked against Glicko-2 worked out here from
 * the contract's formulas alone (not with the server's classes).
 */
@IntegrationTest
class RatedGamesTest {

    private static final String KEY = "english:classic";

    @Autowired
    WebTestClient http;

    /** What the test expects each player's rating to be, and when their last rated game ended. */
    private final Map<String, double[]> expected = new HashMap<>();
    private final Map<String, Instant> lastRated = new HashMap<>();

    @Test
    void twoAndFourPlayerGamesWithAResignationAndADrawAreRatedAsGlicko2Says() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        ApiPlayer dave = ApiPlayer.register(http, "dave");

        String resigned = started(alice, bob);
        playAWord(resigned, List.of(alice, bob));
        resign(resigned, List.of(alice, bob));
        checkRated(resigned, List.of(alice, bob));

        boolean drawn = false;
        for (int attempt = 0; attempt < 40 && !drawn; attempt++) {
            String game = started(bob, alice);
            List<ApiPlayer> seats = List.of(bob, alice);
            tryForADraw(game, seats);
            JsonNode result = checkRated(game, seats).get("result");
            drawn = result.get("scores").get(0).asInt() == result.get("scores").get(1).asInt();
        }
        assertThat(drawn).as("a draw within 40 scoreless games").isTrue();

        List<ApiPlayer> four = List.of(carol, alice, dave, bob);
        String table = started(four.toArray(ApiPlayer[]::new));
        playAWord(table, four);
        resign(table, four);
        passToTheEnd(table, four);
        checkRated(table, four);

        JsonNode profile = alice.get("/api/players/" + alice.id()).body();
        assertThat(profile.get("ratings").get(KEY).get("rating").asDouble())
                .isCloseTo(expected.get(alice.id())[0], within(0.01));
        assertThat(profile.get("ratings").get(KEY).get("provisional").asBoolean()).isTrue();
        int aliceGames = profile.get("ratings").get(KEY).get("games").asInt();
        assertThat(profile.get("stats").get("games").asInt()).isEqualTo(aliceGames);
        assertThat(profile.get("stats").get("draws").asInt()).isPositive();
        JsonNode history = alice.get("/api/players/" + alice.id() + "/ratings/" + KEY).body().get("history");
        assertThat(history.size()).isEqualTo(aliceGames);
        assertThat(history.get(history.size() - 1).get("game").asString()).isEqualTo(table);
    }

    @Test
    void aCasualGameChangesNoRating() {
        ApiPlayer erin = ApiPlayer.register(http, "erin");
        ApiPlayer fay = ApiPlayer.register(http, "fay");
        String game = erin.post("/api/games", Map.of("seats", 2, "rated", false)).body().get("id").asString();
        fay.join(game);
        erin.start(game);
        assertThat(erin.view(game).body().get("rated").asBoolean()).isFalse();
        resign(game, List.of(erin, fay));

        await().atMost(Duration.ofSeconds(5)).until(() -> erin.get("/api/players/" + erin.id() + "/games").body()
                .get("games").size() == 1);
        JsonNode listed = erin.get("/api/players/" + erin.id() + "/games").body().get("games").get(0);
        assertThat(listed.get("rated").asBoolean()).isFalse();
        assertThat(listed.get("ratingChange").isNull()).isTrue();
        assertThat(erin.view(game).body().get("ratings")).isNull();
        assertThat(erin.get("/api/players/" + erin.id()).body().get("ratings").size()).isZero();
        assertThat(fay.get("/api/players/" + fay.id()).body().get("stats").get("wins").asInt()).isEqualTo(1);
    }

    private String started(ApiPlayer... players) {
        String game = players[0].create(players.length).body().get("id").asString();
        for (int i = 1; i < players.length; i++) {
            assertThat(players[i].join(game).status()).isEqualTo(200);
        }
        assertThat(players[0].start(game).status()).isEqualTo(200);
        assertThat(players[0].view(game).body().get("rated").asBoolean()).isTrue();
        return game;
    }

    private static ApiPlayer toMove(String game, List<ApiPlayer> seats) {
        return seats.get(seats.getFirst().view(game).body().get("turn").asInt());
    }

    private static void playAWord(String game, List<ApiPlayer> seats) {
        ApiPlayer mover = toMove(game, seats);
        JsonNode mine = mover.view(game).body();
        Optional<List<Placement>> play = WordFinder.play(ApiPlayer.board(mine), mine.get("rack").asString(),
                Lexicon.english());
        ApiPlayer.Reply ack = play.isPresent() ? mover.place(game, mine.get("version").asInt(), play.get())
                : mover.pass(game, mine.get("version").asInt());
        assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
    }

    private static void resign(String game, List<ApiPlayer> seats) {
        ApiPlayer mover = toMove(game, seats);
        ApiPlayer.Reply ack = mover.move(game, Map.of("type", "resign", "version", mover.view(game).version()));
        assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
    }

    private static void passToTheEnd(String game, List<ApiPlayer> seats) {
        for (int turn = 0; turn < 40 && seats.getFirst().view(game).body().get("status").asString().equals("active");
             turn++) {
            ApiPlayer mover = toMove(game, seats);
            assertThat(mover.pass(game, mover.view(game).version()).status()).isEqualTo(200);
        }
    }

    /** Six scoreless turns: a player passes while the racks are worth the same, and otherwise exchanges them all. */
    private static void tryForADraw(String game, List<ApiPlayer> seats) {
        while (seats.getFirst().view(game).body().get("status").asString().equals("active")) {
            ApiPlayer mover = toMove(game, seats);
            JsonNode mine = mover.view(game).body();
            ApiPlayer other = seats.get(1 - mine.get("turn").asInt());
            String rack = mine.get("rack").asString();
            boolean even = value(rack) == value(other.view(game).body().get("rack").asString());
            ApiPlayer.Reply ack = even ? mover.pass(game, mine.get("version").asInt())
                    : mover.exchange(game, mine.get("version").asInt(), rack);
            assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
        }
    }

    private static int value(String rack) {
        int sum = 0;
        for (char c : rack.toCharArray()) {
            sum += switch (c) {
                case 'D', 'G' -> 2;
                case 'B', 'C', 'M', 'P' -> 3;
                case 'F', 'H', 'V', 'W', 'Y' -> 4;
                case 'K' -> 5;
                case 'J', 'X' -> 8;
                case 'Q', 'Z' -> 10;
                case '?' -> 0;
                default -> 1;
            };
        }
        return sum;
    }

    /** Waits (at most the contract's 5 s) for the game's ratings and compares each seat's with the expected ones. */
    private JsonNode checkRated(String game, List<ApiPlayer> seats) {
        JsonNode view = await().atMost(Duration.ofSeconds(5)).until(() -> seats.getFirst().view(game).body(),
                v -> v.get("ratings") != null);
        JsonNode result = view.get("result");
        List<Boolean> out = new ArrayList<>();
        view.get("seats").forEach(seat -> out.add(!seat.get("out").isNull()));
        Instant ended = Instant.parse(seats.getFirst().get("/api/players/" + seats.getFirst().id() + "/games?limit=1")
                .body().get("games").get(0).get("finishedAt").asString());
        int n = seats.size();
        double[][] before = new double[n][];
        for (int i = 0; i < n; i++) {
            before[i] = expected.getOrDefault(seats.get(i).id(), new double[] {1500, 350, 0.06});
        }
        for (int i = 0; i < n; i++) {
            List<double[]> opponents = new ArrayList<>();
            List<Double> results = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    opponents.add(before[j]);
                    results.add(pairResult(out.get(i), out.get(j), result.get("scores").get(i).asInt(),
                            result.get("scores").get(j).asInt()));
                }
            }
            Instant last = lastRated.get(seats.get(i).id());
            double days = last == null ? 0 : Math.max(0, Duration.between(last, ended).toMillis() / 86_400_000.0);
            double[] after = glicko2(before[i], days, opponents, results);
            JsonNode change = view.get("ratings").get(i);
            assertThat(change.get("seat").asInt()).isEqualTo(i);
            assertThat(change.get("key").asString()).isEqualTo(KEY);
            assertThat(change.get("before").get("rating").asDouble()).isCloseTo(before[i][0], within(0.01));
            assertThat(change.get("after").get("rating").asDouble()).as("seat %d's rating", i)
                    .isCloseTo(after[0], within(0.01));
            assertThat(change.get("after").get("deviation").asDouble()).as("seat %d's deviation", i)
                    .isCloseTo(after[1], within(0.01));
            expected.put(seats.get(i).id(), after);
            lastRated.put(seats.get(i).id(), ended);
        }
        return view;
    }

    /** Resigning loses to everyone still in; otherwise the higher final score wins and equal scores draw. */
    private static double pairResult(boolean out, boolean otherOut, int score, int otherScore) {
        if (out != otherOut) {
            return out ? 0 : 1;
        }
        return score > otherScore ? 1 : score == otherScore ? 0.5 : 0;
    }

    /** Glicko-2 as the contract gives it: {rating, deviation, volatility} after one period. */
    private static double[] glicko2(double[] player, double days, List<double[]> opponents, List<Double> scores) {
        double q = 173.7178;
        double mu = (player[0] - 1500) / q;
        double phi = player[1] / q;
        double sigma = player[2];
        double tau = 0.5;
        double vInverse = 0;
        double sum = 0;
        for (int j = 0; j < opponents.size(); j++) {
            double muJ = (opponents.get(j)[0] - 1500) / q;
            double phiJ = opponents.get(j)[1] / q;
            double g = 1 / Math.sqrt(1 + 3 * phiJ * phiJ / (Math.PI * Math.PI));
            double e = 1 / (1 + Math.exp(-g * (mu - muJ)));
            vInverse += g * g * e * (1 - e);
            sum += g * (scores.get(j) - e);
        }
        double v = 1 / vInverse;
        double delta = v * sum;
        double a = Math.log(sigma * sigma);
        java.util.function.DoubleUnaryOperator f = x -> Math.exp(x) * (delta * delta - phi * phi - v - Math.exp(x))
                / (2 * Math.pow(phi * phi + v + Math.exp(x), 2)) - (x - a) / (tau * tau);
        double upper = a;
        double lower;
        if (delta * delta > phi * phi + v) {
            lower = Math.log(delta * delta - phi * phi - v);
        } else {
            int k = 1;
            while (f.applyAsDouble(a - k * tau) < 0) {
                k++;
            }
            lower = a - k * tau;
        }
        double fUpper = f.applyAsDouble(upper);
        double fLower = f.applyAsDouble(lower);
        while (Math.abs(lower - upper) > 0.000001) {
            double c = upper + (upper - lower) * fUpper / (fLower - fUpper);
            double fC = f.applyAsDouble(c);
            if (fC * fLower <= 0) {
                upper = lower;
                fUpper = fLower;
            } else {
                fUpper /= 2;
            }
            lower = c;
            fLower = fC;
        }
        double newSigma = Math.exp(upper / 2);
        double phiStar = Math.min(350 / q, Math.sqrt(phi * phi + sigma * sigma * 0.21436 * days));
        double newPhi = 1 / Math.sqrt(1 / (phiStar * phiStar) + 1 / v);
        double newMu = mu + newPhi * newPhi * sum;
        return new double[] {newMu * q + 1500, Math.max(45, newPhi * q), newSigma};
    }
}
