package io.tilecast.game.search;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TileSet;
import java.util.Optional;

/** What one rack could do on one board: the highest score, the top move by {@link Equity}, whether a bingo was there. */
public record RackOptions(Optional<Play> highestScore, Optional<Ranked> top, boolean bingoPossible) {

    /** A move with its equity: a play, or an exchange of {@code exchanged} when {@code play} is null. */
    public record Ranked(Play play, String exchanged, String leave, double equity) {
    }

    public static RackOptions of(MoveGenerator moves, Board board, Rack rack, int bagSize, LeaveValue leaves) {
        Play[] highest = new Play[1];
        Ranked[] top = new Ranked[1];
        boolean[] bingo = {false};
        moves.generate(board, rack, found -> {
            if (highest[0] == null || found.score() > highest[0].score()) {
                highest[0] = found.play();
            }
            double equity = Equity.of(found.score(), found.leave(), bagSize, leaves);
            if (top[0] == null || equity > top[0].equity()) {
                top[0] = new Ranked(found.play(), null, found.leave(), equity);
            }
            bingo[0] |= found.tileCount() == TileSet.RACK_SIZE;
        });
        if (bagSize >= TileSet.RACK_SIZE && !rack.isEmpty()) {
            String thrown = Equity.bestExchange(rack, leaves);
            String kept = rack.remove(thrown).orElseThrow().tiles();
            double equity = Equity.of(0, kept, bagSize, leaves);
            if (top[0] == null || equity > top[0].equity()) {
                top[0] = new Ranked(null, thrown, kept, equity);
            }
        }
        return new RackOptions(Optional.ofNullable(highest[0]), Optional.ofNullable(top[0]), bingo[0]);
    }
}
