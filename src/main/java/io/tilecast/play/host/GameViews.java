package io.tilecast.play.host;

import io.tilecast.game.gcg.GcgWriter;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.EndReason;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.TableView;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.Unseen;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.rules.Word;
import io.tilecast.play.host.view.ClockView;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.host.view.LiveEvents;
import io.tilecast.play.host.view.MoveView;
import io.tilecast.play.host.view.ResultView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Builds what one viewer may see of a game. */
final class GameViews {

    private GameViews() {
    }

    static GameView game(Table table, Viewer viewer) {
        GameSetup setup = table.setup();
        GameState state = table.state();
        List<GameView.SeatView> seats = new ArrayList<>();
        if (state == null) {
            for (PlayerRef player : table.players()) {
                seats.add(new GameView.SeatView(player, 0, 0, false, null));
            }
            return new GameView(setup.id(), setup.region(), table.status().code(), table.version(), 0, TileSet.TILE_COUNT,
                    setup.creator().id(), setup.seatCount(), setup.lexicon().name(), Board.empty().rows(), seats,
                    viewer.seat().isPresent() ? "" : null, List.of(), null,
                    ClockView.waiting(setup.clock(), table.players().size()), setup.challenge().code(), null, null,
                    null, null, null, null, setup.rated(), null, null, null, null, null);
        }
        TableView view = state.view(viewer.seat());
        for (int seat = 0; seat < state.seats(); seat++) {
            seats.add(new GameView.SeatView(table.players().get(seat), view.scores().get(seat),
                    view.rackSizes().get(seat), view.resigned().get(seat), out(state, seat)));
        }
        return new GameView(setup.id(), setup.region(), table.status().code(), table.version(), view.toMove(),
                view.bag(), setup.creator().id(), setup.seatCount(), setup.lexicon().name(), view.board(), seats,
                view.rack().map(Rack::tiles).orElse(null), moves(table), view.result().map(ResultView::of).orElse(null),
                ClockView.of(state.clock()), setup.challenge().code(), pending(state), null, null, null, null,
                state.clock().turnStarted().orElse(null), setup.rated(), null,
                setup.imported() ? Boolean.TRUE : null, null, null, Unseen.of(state, viewer.seat()));
    }

    private static String out(GameState state, int seat) {
        if (!state.resigned(seat)) {
            return null;
        }
        TurnKind left = state.turns().reversed().stream().filter(t -> t.seat() == seat).map(Turn::kind)
                .findFirst().orElse(TurnKind.RESIGN);
        return switch (left) {
            case TIMEOUT -> EndReason.TIMEOUT.code();
            case ABANDONED -> EndReason.ABANDONED.code();
            default -> EndReason.RESIGNED.code();
        };
    }

    static String gcg(Table table) {
        List<String> names = table.players().stream().map(PlayerRef::name).toList();
        if (table.state() != null) {
            return table.status() == Status.FINISHED ? GcgWriter.write(table.state(), names)
                    : GcgWriter.writePublic(table.state(), names);
        }
        StringBuilder gcg = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            gcg.append("#player").append(i + 1).append(' ').append(names.get(i)).append(' ').append(names.get(i))
                    .append('\n');
        }
        return gcg.toString();
    }

    static List<MoveView> moves(Table table) {
        List<Turn> turns = table.state().turns();
        List<MoveView> moves = new ArrayList<>(turns.size());
        boolean finished = table.status() == Status.FINISHED;
        for (int i = 0; i < turns.size(); i++) {
            moves.add(finished ? MoveView.ofFinished(table.turnVersion(i), turns.get(i))
                    : MoveView.of(table.turnVersion(i), turns.get(i).publicView()));
        }
        return moves;
    }

    static GameEvent moved(Table after, Turn turn, int version) {
        GameState state = after.state();
        MoveView move = MoveView.of(version, turn.publicView());
        List<Integer> rackSizes = IntStream.range(0, state.seats()).mapToObj(seat -> state.rack(seat).size()).toList();
        List<String> board = state.board().rows();
        ClockView clock = ClockView.of(state.clock());
        Instant since = state.clock().turnStarted().orElse(null);
        Integer pending = pending(state);
        LiveEvents.Moved everyone = new LiveEvents.Moved(version, move, state.scores(), rackSizes, state.bagSize(),
                state.toMove(), board, null, clock, pending, since, Unseen.of(state, OptionalInt.empty()));
        Object[] bySeat = new Object[state.seats()];
        for (int seat = 0; seat < bySeat.length; seat++) {
            bySeat[seat] = new LiveEvents.Moved(version, move, state.scores(), rackSizes, state.bagSize(),
                    state.toMove(), board, seat == turn.seat() ? state.rack(seat).tiles() : null, clock, pending, since,
                    Unseen.of(state, OptionalInt.of(seat)));
        }
        return new GameEvent(version, EventName.MOVED, everyone, bySeat);
    }

    static GameEvent challenged(Table after, Turn turn, int version) {
        GameState state = after.state();
        List<Integer> rackSizes = IntStream.range(0, state.seats()).mapToObj(seat -> state.rack(seat).size()).toList();
        List<String> words = turn.words().stream().map(Word::word).toList();
        int bonus = turn.withdrew() ? 0 : turn.score();
        MoveView move = MoveView.of(version, turn.publicView());
        ClockView clock = ClockView.of(state.clock());
        LiveEvents.Challenged everyone = new LiveEvents.Challenged(version, turn.by(), turn.seat(), turn.withdrew(),
                words, bonus, state.scores(), rackSizes, state.bagSize(), state.toMove(), state.board().rows(), null,
                clock, move, Unseen.of(state, OptionalInt.empty()));
        Object[] bySeat = new Object[state.seats()];
        for (int seat = 0; seat < bySeat.length; seat++) {
            bySeat[seat] = new LiveEvents.Challenged(version, turn.by(), turn.seat(), turn.withdrew(), words, bonus,
                    state.scores(), rackSizes, state.bagSize(), state.toMove(), state.board().rows(),
                    seat == turn.seat() ? state.rack(seat).tiles() : null, clock, move,
                    Unseen.of(state, OptionalInt.of(seat)));
        }
        return new GameEvent(version, EventName.CHALLENGED, everyone, bySeat);
    }

    private static Integer pending(GameState state) {
        return state.challenge().open() && !state.finished() ? state.challenge().pending().seat() : null;
    }

    static GameEvent started(Table after) {
        Object[] bySeat = new Object[after.players().size()];
        for (int seat = 0; seat < bySeat.length; seat++) {
            bySeat[seat] = game(after, Viewer.seat(seat));
        }
        return new GameEvent(after.version(), EventName.STARTED, game(after, Viewer.SPECTATOR), bySeat);
    }
}
