package io.tilecast.game.rules;

import io.tilecast.game.lexicon.Lexicon;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One moment of a game: board, racks, bag, scores and whose turn it is. */
public record GameState(Lexicon lexicon, Board board, List<Rack> racks, Bag bag, List<Integer> scores, int toMove,
                        int scorelessTurns, List<Boolean> resigned, List<Turn> turns, GameResult ended,
                        GameClock clock, ChallengeState challenge) {

    public static final int MIN_SEATS = 2;
    public static final int MAX_SEATS = 4;

    public GameState {
        racks = List.copyOf(racks);
        scores = List.copyOf(scores);
        resigned = List.copyOf(resigned);
        turns = List.copyOf(turns);
        Objects.requireNonNull(lexicon);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(challenge);
    }

    /** A state of a game played under the void rule. */
    public GameState(Lexicon lexicon, Board board, List<Rack> racks, Bag bag, List<Integer> scores, int toMove,
                     int scorelessTurns, List<Boolean> resigned, List<Turn> turns, GameResult ended, GameClock clock) {
        this(lexicon, board, racks, bag, scores, toMove, scorelessTurns, resigned, turns, ended, clock,
                ChallengeState.VOID);
    }

    /** Shuffles the 100 tiles from the seed and deals seven to each seat, seat 0 first; seat 0 moves. */
    public static GameState start(long seed, int seats, Lexicon lexicon) {
        return start(seed, seats, lexicon, GameClock.NONE, null);
    }

    /** The same, with seat 0's clock running from {@code at}. */
    public static GameState start(long seed, int seats, Lexicon lexicon, GameClock clock, Instant at) {
        return start(seed, seats, lexicon, clock, at, ChallengeRule.VOID);
    }

    public static GameState start(long seed, int seats, Lexicon lexicon, GameClock clock, Instant at,
                                  ChallengeRule rule) {
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
        return new GameState(lexicon, Board.empty(), racks, bag, Collections.nCopies(seats, 0), 0, 0,
                Collections.nCopies(seats, false), List.of(), null, clock.start(seats, at),
                ChallengeState.of(rule, seats));
    }

    /** The state after {@code seat} makes {@code move}, or why it may not. A refusal changes nothing. */
    public Ruling apply(int seat, Move move) {
        return Rules.apply(this, seat, move, clock.at());
    }

    /** The same, made at {@code at}: the mover's clock is charged up to then. */
    public Ruling apply(int seat, Move move, Instant at) {
        return Rules.apply(this, seat, move, at);
    }

    /** The seat to move ran out of time: resigned with reason {@code timeout}, as of its deadline. */
    public Ruling timeOut() {
        return Rules.timeOut(this);
    }

    /** What one viewer may see: their own rack only, never the bag. Empty seat means a spectator. */
    public TableView view(OptionalInt seat) {
        return TableView.of(this, seat);
    }

    public GameState withBoard(Board next) {
        return new GameState(lexicon, next, racks, bag, scores, toMove, scorelessTurns, resigned, turns, ended, clock,
                challenge);
    }

    public GameState withRack(int seat, Rack next) {
        return new GameState(lexicon, board, replace(racks, seat, next), bag, scores, toMove, scorelessTurns, resigned,
                turns, ended, clock, challenge);
    }

    public GameState withBag(Bag next) {
        return new GameState(lexicon, board, racks, next, scores, toMove, scorelessTurns, resigned, turns, ended, clock,
                challenge);
    }

    public GameState withScore(int seat, int total) {
        return withScores(replace(scores, seat, total));
    }

    public GameState withScores(List<Integer> next) {
        return new GameState(lexicon, board, racks, bag, next, toMove, scorelessTurns, resigned, turns, ended, clock,
                challenge);
    }

    public GameState withScorelessTurns(int next) {
        return new GameState(lexicon, board, racks, bag, scores, toMove, next, resigned, turns, ended, clock,
                challenge);
    }

    public GameState withResigned(int seat) {
        return new GameState(lexicon, board, racks, bag, scores, toMove, scorelessTurns, replace(resigned, seat, true),
                turns, ended, clock, challenge);
    }

    /** The turn recorded, and {@code next} to move. */
    public GameState withTurn(Turn turn, int next) {
        List<Turn> played = new ArrayList<>(turns.size() + 1);
        played.addAll(turns);
        played.add(turn);
        return new GameState(lexicon, board, racks, bag, scores, next, scorelessTurns, resigned, played, ended, clock,
                challenge);
    }

    public GameState withToMove(int seat) {
        return new GameState(lexicon, board, racks, bag, scores, seat, scorelessTurns, resigned, turns, ended, clock,
                challenge);
    }

    public GameState withClock(GameClock next) {
        return next.equals(clock) ? this
                : new GameState(lexicon, board, racks, bag, scores, toMove, scorelessTurns, resigned, turns, ended,
                        next, challenge);
    }

    public GameState withChallenge(ChallengeState next) {
        return new GameState(lexicon, board, racks, bag, scores, toMove, scorelessTurns, resigned, turns, ended, clock,
                next);
    }

    GameState withEnd(GameResult result, Turn last, GameClock stopped) {
        List<Turn> played = new ArrayList<>(turns);
        played.add(last);
        return new GameState(lexicon, board, racks, bag, result.finalScores(), toMove, scorelessTurns, resigned, played,
                result, stopped, challenge);
    }

    private static <T> List<T> replace(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    public int seats() {
        return racks.size();
    }

    public boolean finished() {
        return ended != null;
    }

    public Optional<GameResult> result() {
        return Optional.ofNullable(ended);
    }

    public Rack rack(int seat) {
        return racks.get(seat);
    }

    /** The seat's score, including end-of-game adjustments once the game is over. */
    public int score(int seat) {
        return scores.get(seat);
    }

    public int bagSize() {
        return bag.size();
    }

    public boolean resigned(int seat) {
        return resigned.get(seat);
    }

    /** Seats still playing (not resigned). */
    public int activeSeats() {
        return (int) resigned.stream().filter(r -> !r).count();
    }

    @Override
    public String toString() {
        return "GameState[turn " + turns.size() + ", seat " + toMove + " to move, scores " + scores
                + (finished() ? ", finished" : "") + "]\n" + board;
    }
}
