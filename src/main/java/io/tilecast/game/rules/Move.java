package io.tilecast.game.rules;

import java.util.List;

/** What a player asks to do on their turn. */
public sealed interface Move permits Move.Place, Move.Exchange, Move.Pass, Move.Resign, Move.Challenge,
        Move.Abort, Move.Claim {

    /** Put tiles from the rack on the board. */
    record Place(List<Placement> tiles) implements Move {
        public Place {
            tiles = tiles == null ? List.of() : List.copyOf(tiles);
        }

        public static Place of(Placement... tiles) {
            return new Place(List.of(tiles));
        }
    }

    /** Return tiles to the bag and draw as many; {@code ?} is a blank. */
    record Exchange(String letters) implements Move {
        public Exchange {
            letters = letters == null ? "" : letters;
        }
    }

    record Pass() implements Move {
    }

    record Resign() implements Move {
    }

    /** Challenge the play that is pending; made by any other player still in the game. */
    record Challenge() implements Move {
    }

    /** Ends the game without a winner; allowed until every seat has taken a turn. */
    record Abort() implements Move {
    }

    /** Resigns the absent player to move on another player's claim. */
    record Claim() implements Move {
    }
}
