package io.tilecast.bench;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Square;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Play;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A two-player game as its players' client knows it, kept up to date from the answers to its own
 * moves (each gives the new version and the mover's new rack), so that the next move is chosen
 * without asking the server anything: a play if the move generator finds one, else an exchange of
 * three tiles while the bag allows, else a pass.
 */
final class TrackedGame {

    private final char[][] board = new char[Square.SIZE][Square.SIZE];
    private final String[] racks = new String[2];
    private int bag;
    private int version;
    private int turn;
    private List<Placement> pending = List.of();

    /** From the two players' views right after the start. */
    TrackedGame(JsonNode firstView, JsonNode secondView) {
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        racks[0] = firstView.get("rack").asString();
        racks[1] = secondView.get("rack").asString();
        bag = firstView.get("bag").asInt();
        version = firstView.get("version").asInt();
        turn = firstView.get("turn").asInt();
    }

    int turn() {
        return turn;
    }

    int version() {
        return version;
    }

    /** The body of the next move, from the player whose turn it is. */
    String nextMove(Lexicon lexicon) {
        List<String> rows = new ArrayList<>(Square.SIZE);
        for (char[] row : board) {
            rows.add(new String(row));
        }
        Optional<List<Placement>> play = bestPlay(rows, racks[turn], lexicon);
        pending = play.orElse(List.of());
        return body(version, play, racks[turn], bag);
    }

    /** Takes in the answer to the move from {@link #nextMove}. */
    void moved(JsonNode reply) {
        for (Placement tile : pending) {
            board[tile.row()][tile.col()] = tile.blank() ? Character.toLowerCase(tile.letter()) : tile.letter();
        }
        bag -= Math.min(bag, pending.size());
        racks[turn] = reply.get("rack").asString();
        version = reply.get("version").asInt();
        turn = 1 - turn;
    }

    /** A move's body for a player with this rack, on this board with this many tiles in the bag. */
    static String body(int version, List<String> rows, String rack, int bag, Lexicon lexicon) {
        return body(version, bestPlay(rows, rack, lexicon), rack, bag);
    }

    private static String body(int version, Optional<List<Placement>> play, String rack, int bag) {
        if (play.isPresent()) {
            StringBuilder tiles = new StringBuilder();
            for (Placement p : play.get()) {
                tiles.append(tiles.isEmpty() ? "" : ",").append(String.format(
                        "{\"row\":%d,\"col\":%d,\"letter\":\"%c\",\"blank\":%b}", p.row(), p.col(), p.letter(), p.blank()));
            }
            return "{\"type\":\"place\",\"version\":" + version + ",\"tiles\":[" + tiles + "]}";
        }
        if (bag >= 7 && rack.length() >= 3) {
            return "{\"type\":\"exchange\",\"version\":" + version + ",\"letters\":\"" + rack.substring(0, 3) + "\"}";
        }
        return "{\"type\":\"pass\",\"version\":" + version + "}";
    }

    private static Optional<List<Placement>> bestPlay(List<String> rows, String rack, Lexicon lexicon) {
        return MoveGenerator.of(lexicon).best(Board.of(rows), Rack.of(rack)).map(Play::tiles);
    }
}
