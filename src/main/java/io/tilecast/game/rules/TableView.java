package io.tilecast.game.rules;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** What one viewer may see of a game: everything public, plus the rack of the viewer's own seat. */
public record TableView(List<String> board, List<Integer> scores, List<Integer> rackSizes, List<Boolean> resigned,
                        int bag, int toMove, boolean finished, Optional<GameResult> result, OptionalInt seat,
                        Optional<Rack> rack, List<Turn> turns) {

    public TableView {
        board = List.copyOf(board);
        scores = List.copyOf(scores);
        rackSizes = List.copyOf(rackSizes);
        resigned = List.copyOf(resigned);
        turns = List.copyOf(turns);
    }

    static TableView of(GameState state, OptionalInt viewer) {
        boolean seated = viewer.isPresent() && viewer.getAsInt() >= 0 && viewer.getAsInt() < state.seats();
        OptionalInt seat = seated ? viewer : OptionalInt.empty();
        List<Integer> seats = IntStream.range(0, state.seats()).boxed().toList();
        List<Turn> turns = state.turns().stream()
                .map(t -> seated && t.seat() == seat.getAsInt() ? t : t.publicView())
                .toList();
        return new TableView(state.board().rows(), state.scores(), seats.stream().map(s -> state.rack(s).size()).toList(),
                seats.stream().map(state::resigned).toList(), state.bagSize(), state.toMove(), state.finished(),
                state.result(), seat, seated ? Optional.of(state.rack(seat.getAsInt())) : Optional.empty(), turns);
    }
}
