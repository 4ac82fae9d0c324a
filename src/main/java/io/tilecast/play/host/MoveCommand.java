package io.tilecast.play.host;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A move as clients send it and as the event log keeps it (API.md "moves"). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoveCommand(String type, List<TileCommand> tiles, String letters) {

    /** One tile of a placement; {@code blank} plays a blank as {@code letter}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TileCommand(Integer row, Integer col, String letter, Boolean blank) {
    }

    /** The move, or empty when the command is malformed. */
    public Optional<Move> toMove() {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case "place" -> placement();
            case "exchange" -> letters == null ? Optional.empty() : Optional.of(new Move.Exchange(letters));
            case "pass" -> Optional.of(new Move.Pass());
            case "resign" -> Optional.of(new Move.Resign());
            case "challenge" -> Optional.of(new Move.Challenge());
            case "abort" -> Optional.of(new Move.Abort());
            case "claim" -> Optional.of(new Move.Claim());
            default -> Optional.empty();
        };
    }

    private Optional<Move> placement() {
        if (tiles == null) {
            return Optional.empty();
        }
        List<Placement> placements = new ArrayList<>(tiles.size());
        for (TileCommand t : tiles) {
            if (t == null || t.row() == null || t.col() == null || t.letter() == null || t.letter().length() != 1) {
                return Optional.empty();
            }
            char letter = t.letter().charAt(0);
            if (letter < 'A' || letter > 'Z') {
                return Optional.empty();
            }
            placements.add(new Placement(t.row(), t.col(), letter, Boolean.TRUE.equals(t.blank())));
        }
        return Optional.of(new Move.Place(placements));
    }

    public static MoveCommand of(Move move) {
        return switch (move) {
            case Move.Place place -> new MoveCommand("place", place.tiles().stream()
                    .map(p -> new TileCommand(p.row(), p.col(), String.valueOf(p.letter()), p.blank() ? true : null))
                    .toList(), null);
            case Move.Exchange exchange -> new MoveCommand("exchange", null, exchange.letters());
            case Move.Pass pass -> new MoveCommand("pass", null, null);
            case Move.Resign resign -> new MoveCommand("resign", null, null);
            case Move.Challenge challenge -> new MoveCommand("challenge", null, null);
            case Move.Abort abort -> new MoveCommand("abort", null, null);
            case Move.Claim claim -> new MoveCommand("claim", null, null);
        };
    }
}
