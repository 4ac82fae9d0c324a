package io.tilecast.bench;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Position;
import io.tilecast.game.search.Steady;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/**
 * Whole games played to their end over HTTP by two players who choose their moves with the steady strategy on the
 * client, so that each has the turns of a real game for an analysis to work through.
 */
final class FinishedGames {

    private static final MoveGenerator MOVES = MoveGenerator.of(Lexicon.english());
    private static final Duration WAIT = Duration.ofSeconds(30);

    private FinishedGames() {
    }

    /** Plays {@code count} games at once, each between two of {@code players}; gives their ids once all are over. */
    static List<String> play(Api api, List<Api.Player> players, int count) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> games = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Api.Player first = players.get(2 * i);
                Api.Player second = players.get(2 * i + 1);
                long seed = i;
                games.add(threads.submit(() -> playOne(api, first, second, new SplittableRandom(seed))));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> game : games) {
                ids.add(game.get());
            }
            return ids;
        }
    }

    private static String playOne(Api api, Api.Player first, Api.Player second, SplittableRandom random) {
        String id = api.startGame(first, second).block(WAIT).id();
        Api.Player[] seats = {first, second};
        for (int turn = 0; turn < 200; turn++) {
            Api.Player mover = seats[turn % 2];
            JsonNode view = api.get("/api/games/" + id, mover.token()).block(WAIT).expect(200, "view").json();
            if (view.get("status").asString().equals("finished")) {
                return id;
            }
            Move move = new Steady().choose(position(view), MOVES, random);
            api.post("/api/games/" + id + "/moves", mover.token(), body(view.get("version").asInt(), move))
                    .block(WAIT).expect(200, "move");
        }
        throw new IllegalStateException("game " + id + " did not end in 200 turns");
    }

    private static Position position(JsonNode view) {
        List<Integer> scores = new ArrayList<>();
        view.get("seats").forEach(seat -> scores.add(seat.get("score").asInt()));
        List<String> rows = new ArrayList<>();
        view.get("board").forEach(row -> rows.add(row.asString()));
        return new Position(Board.of(rows), Rack.of(view.get("rack").asString()), scores, view.get("turn").asInt(),
                view.get("bag").asInt());
    }

    private static String body(int version, Move move) {
        return switch (move) {
            case Move.Place place -> "{\"type\":\"place\",\"version\":" + version + ",\"tiles\":[" + String.join(",",
                    place.tiles().stream().map(t -> "{\"row\":" + t.row() + ",\"col\":" + t.col() + ",\"letter\":\""
                            + t.letter() + "\",\"blank\":" + t.blank() + "}").toList()) + "]}";
            case Move.Exchange exchange -> "{\"type\":\"exchange\",\"version\":" + version + ",\"letters\":\""
                    + exchange.letters() + "\"}";
            default -> "{\"type\":\"pass\",\"version\":" + version + "}";
        };
    }
}
