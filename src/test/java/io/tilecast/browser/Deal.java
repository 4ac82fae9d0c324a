package io.tilecast.browser;

import io.tilecast.game.rules.Placement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A started two-player game whose first player holds an opening (and two tiles that make no word)
 * and whose second player holds a reply to that opening: what a browser test needs to play.
 */
record Deal(String gameId, List<String> empty, String firstRack, List<Placement> opening, List<Placement> reply) {

    /** Deals games between the two until one is playable; a rack with no short word is rare. */
    static Deal between(Seat first, Seat second) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String gameId = (String) first.createGame(2).get("id");
            second.join(gameId);
            Map<String, Object> started = first.start(gameId);
            String firstRack = (String) started.get("rack");
            String secondRack = (String) second.game(gameId).get("rack");
            List<String> empty = Seat.board(started);
            Optional<List<Placement>> opening = Plays.opening(firstRack);
            Optional<List<Placement>> reply =
                    opening.flatMap(tiles -> Plays.reply(Plays.after(empty, tiles).rows(), secondRack));
            if (reply.isPresent() && Plays.nonWord(firstRack).isPresent()) {
                return new Deal(gameId, empty, firstRack, opening.get(), reply.get());
            }
        }
        throw new IllegalStateException("No playable deal in 20 games");
    }

    List<String> afterOpening() {
        return Plays.after(empty, opening).rows();
    }

    List<String> afterReply() {
        return Plays.after(afterOpening(), reply).rows();
    }

    static String word(List<Placement> tiles) {
        StringBuilder word = new StringBuilder();
        tiles.forEach(tile -> word.append(tile.letter()));
        return word.toString();
    }

    /** The tiles as the moves endpoint takes them. */
    static List<Map<String, Object>> request(List<Placement> tiles) {
        return tiles.stream().<Map<String, Object>>map(tile -> Map.of("row", tile.row(), "col", tile.col(),
                "letter", String.valueOf(tile.letter()), "blank", tile.blank())).toList();
    }
}
