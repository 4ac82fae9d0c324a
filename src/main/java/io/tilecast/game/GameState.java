package io.tilecast.game;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One moment of a game: board, racks, bag, scores and whose turn it is. Immutable; {@link #apply}
 * gives the next state or the reason a move is refused. Equal states are equal values, so a game
 * rebuilt from its seed and its moves equals the original.
 */
public final class GameState {

    public static final int MIN_SEATS = 2;
    public static final int MAX_SEATS = 4;

    private final Lexicon lexicon;
    private final Board board;
    private final List<Rack> racks;
    private final Bag bag;
    private final List<Integer> scores;
    private final int toMove;
    private final int scorelessTurns;
    private final List<Boolean> resigned;
    private final List<Turn> turns;
    private final GameResult result;
    private final GameClock clock;

    GameState(Lexicon lexicon, Board board, List<Rack> racks, Bag bag, List<Integer> scores, int toMove,
              int scorelessTurns, List<Boolean> resigned, List<Turn> turns, GameResult result, GameClock clock) {
        this.lexicon = lexicon;
        this.board = board;
        this.racks = List.copyOf(racks);
        this.bag = bag;
        this.scores = List.copyOf(scores);
        this.toMove = toMove;
        this.scorelessTurns = scorelessTurns;
        this.resigned = List.copyOf(resigned);
        this.turns = List.copyOf(turns);
        this.result = result;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Shuffles the 100 tiles from the seed and deals seven to each seat, seat 0 first; seat 0 moves. */
    public static GameState start(long seed, int seats, Lexicon lexicon) {
        return start(seed, seats, lexicon, GameClock.NONE, null);
    }

    /** The same, with seat 0's clock running from {@code at}. */
    public static GameState start(long seed, int seats, Lexicon lexicon, GameClock clock, Instant at) {
        if (seats < MIN_SEATS || seats > MAX_SEATS) {
            throw new IllegalArgumentException("a game has 2 to 4 seats, not " + seats);
        }
        Bag bag = Bag.shuffled(seed);
        List<Rack> racks = new ArrayList<>();
        for (int seat = 0; seat < seats; seat++) {
            Bag.Draw draw = bag.draw(TileSet.RACK_SIZE);
            racks.add(Rack.of(draw.tiles()));
            bag = draw.bag();
        }
        return new GameState(Objects.requireNonNull(lexicon), Board.empty(), racks, bag,
                Collections.nCopies(seats, 0), 0, 0,
                Collections.nCopies(seats, false), List.of(), null, clock.start(seats, at));
    }

    /** The state after {@code seat} makes {@code move}, or why it may not. A refusal changes nothing. */
    public MoveOutcome apply(int seat, Move move) {
        return Rules.apply(this, seat, move, clock.at());
    }

    /** The same, made at {@code at}: the mover's clock is charged up to then. */
    public MoveOutcome apply(int seat, Move move, Instant at) {
        return Rules.apply(this, seat, move, at);
    }

    /**
     * The seat to move ran out of time: it is resigned with reason {@code timeout}, as of its
     * deadline. Rejected ({@code game-not-active}) when the game is over or no deadline has been set.
     */
    public MoveOutcome timeOut() {
        return Rules.timeOut(this);
    }

    /** The players' time; {@link GameClock#deadline()} says when the seat to move times out. */
    public GameClock clock() {
        return clock;
    }

    GameState withClock(GameClock next) {
        return next.equals(clock) ? this
                : new GameState(lexicon, board, racks, bag, scores, toMove, scorelessTurns, resigned, turns, result, next);
    }

    /** What one viewer may see: their own rack only, never the bag. Empty seat means a spectator. */
    public TableView view(OptionalInt seat) {
        return TableView.of(this, seat);
    }

    public int seats() {
        return racks.size();
    }

    public int toMove() {
        return toMove;
    }

    public boolean finished() {
        return result != null;
    }

    public Optional<GameResult> result() {
        return Optional.ofNullable(result);
    }

    public Rack rack(int seat) {
        return racks.get(seat);
    }

    /** The seat's score, including end-of-game adjustments once the game is over. */
    public int score(int seat) {
        return scores.get(seat);
    }

    public List<Integer> scores() {
        return scores;
    }

    public int bagSize() {
        return bag.size();
    }

    public Board board() {
        return board;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** Consecutive turns without points; at three per player in the game, it ends. */
    public int scorelessTurns() {
        return scorelessTurns;
    }

    public boolean resigned(int seat) {
        return resigned.get(seat);
    }

    /** Seats still playing (not resigned). */
    public int activeSeats() {
        return (int) resigned.stream().filter(r -> !r).count();
    }

    public List<Turn> turns() {
        return turns;
    }

    Bag bag() {
        return bag;
    }

    List<Rack> racks() {
        return racks;
    }

    List<Boolean> resignations() {
        return resigned;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GameState other
                && toMove == other.toMove
                && scorelessTurns == other.scorelessTurns
                && lexicon.equals(other.lexicon)
                && board.equals(other.board)
                && racks.equals(other.racks)
                && bag.equals(other.bag)
                && scores.equals(other.scores)
                && resigned.equals(other.resigned)
                && turns.equals(other.turns)
                && Objects.equals(result, other.result)
                && clock.equals(other.clock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(board, racks, bag, scores, toMove, scorelessTurns, resigned, turns.size(), result);
    }

    @Override
    public String toString() {
        return "GameState[turn " + turns.size() + ", seat " + toMove + " to move, scores " + scores
                + (finished() ? ", finished" : "") + "]\n" + board;
    }
}
