package io.tilecast.game.gcg;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Bag;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.ChallengeState;
import io.tilecast.game.rules.GameClock;
import io.tilecast.game.rules.GameResult;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.RackAdjustment;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.TileSet;
import io.tilecast.game.rules.Turn;
import io.tilecast.game.rules.TurnKind;
import io.tilecast.game.rules.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Replays a record's lines as the turns of a game, scoring each play on Tilecast's board and checking every total
 * against the record's; the turns are taken as recorded, with no bag and no lexicon check.
 */
final class RecordedTurns {

    private final GcgRecord record;
    private final int seats;
    private final List<Turn> turns = new ArrayList<>();
    private final int[] totals;
    private final boolean[] resigned;
    private final RecordEnding ending;
    private Board board = Board.empty();
    private Board beforeLastPlay = board;
    private int bonusPerWord;
    private boolean withdrawals;

    private RecordedTurns(GcgRecord record) {
        this.record = record;
        this.seats = record.players().size();
        this.totals = new int[seats];
        this.resigned = new boolean[seats];
        this.ending = new RecordEnding(seats);
    }

    static RecordReplay replay(GcgRecord record, Lexicon lexicon) {
        int seats = record.players().size();
        if (seats < GameState.MIN_SEATS || seats > GameState.MAX_SEATS || record.players().contains("")) {
            return new RecordReplay.Unreadable(1, "a record names 2 to 4 players in #player1 to #player" + seats);
        }
        if (!record.unreadable().isEmpty()) {
            return new RecordReplay.Unreadable(record.unreadable().getFirst(), "not a line of a GCG record");
        }
        RecordedTurns replay = new RecordedTurns(record);
        for (GcgEntry entry : record.entries()) {
            Optional<RecordReplay> stop = replay.take(entry, lexicon);
            if (stop.isPresent()) {
                return stop.get();
            }
        }
        return new RecordReplay.Replayed(replay.game(lexicon), record.names());
    }

    private Optional<RecordReplay> take(GcgEntry entry, Lexicon lexicon) {
        int seat = entry.seat();
        switch (entry.kind()) {
            case PLACE -> {
                List<Placement> tiles = ((Move.Place) entry.move().orElseThrow()).tiles();
                if (entry.computedScore().isEmpty()
                        || !(Referee.judge(board, tiles, Lexicon.anyWord()) instanceof Judgement.Legal legal)) {
                    return Optional.of(new RecordReplay.Unreadable(entry.line(), "the play does not fit the board"));
                }
                totals[seat] += legal.score();
                turns.add(new Turn(turns.size(), seat, TurnKind.PLACE, tiles, legal.words(), legal.score(),
                        legal.bingo(), entry.rack(), "", 0, "", totals[seat], Optional.empty()));
                beforeLastPlay = board;
                board = board.with(tiles);
                if (entry.withdrawn()) {
                    return Optional.empty(); // its score is taken back on the next line; the record's may differ
                }
            }
            case WITHDRAWAL -> {
                Optional<Turn> play = turns.reversed().stream()
                        .filter(t -> t.seat() == seat && t.kind() == TurnKind.PLACE).findFirst();
                if (play.isEmpty()) {
                    return Optional.of(new RecordReplay.Unreadable(entry.line(), "no play to withdraw"));
                }
                withdrawals = true;
                totals[seat] -= play.get().score();
                List<Word> phonies = play.get().words().stream().filter(w -> !lexicon.contains(w.word())).toList();
                List<Word> taken = (phonies.isEmpty() ? play.get().words() : phonies).stream()
                        .map(w -> new Word(w.word(), 0)).toList();
                turns.add(new Turn(turns.size(), seat, TurnKind.CHALLENGE, play.get().placements(), taken,
                        -play.get().score(), false, play.get().rackBefore(), "", 0, "", totals[seat], Optional.empty(),
                        next(seat)));
                board = beforeLastPlay;
            }
            case CHALLENGE_BONUS -> {
                totals[seat] += entry.recordedScore();
                bonusPerWord = bonusPerWord == 0 ? entry.recordedScore() : Math.min(bonusPerWord, entry.recordedScore());
                turns.add(new Turn(turns.size(), seat, TurnKind.CHALLENGE, List.of(), List.of(), entry.recordedScore(),
                        false, "", "", 0, "", totals[seat], Optional.empty(), next(seat)));
            }
            case PASS -> turns.add(new Turn(turns.size(), seat, TurnKind.PASS, List.of(), List.of(), 0, false,
                    entry.rack(), "", 0, "", totals[seat], Optional.empty()));
            case EXCHANGE -> {
                String letters = entry.move().map(m -> ((Move.Exchange) m).letters()).orElse("");
                int count = letters.isEmpty() ? Integer.parseInt(entry.action().substring(1)) : letters.length();
                turns.add(new Turn(turns.size(), seat, TurnKind.EXCHANGE, List.of(), List.of(), 0, false, entry.rack(),
                        "", count, letters, totals[seat], Optional.empty()));
            }
            case RESIGN -> {
                resigned[seat] = true;
                ending.resigned();
                turns.add(new Turn(turns.size(), seat, TurnKind.RESIGN, List.of(), List.of(), 0, false, entry.rack(),
                        "", 0, "", totals[seat], Optional.empty()));
            }
            case TIME_PENALTY -> {
                totals[seat] += entry.recordedScore();
                ending.penalty(seat, entry.recordedScore());
            }
            case END_RACKS -> {
                String rack = entry.action().substring(1, entry.action().length() - 1).toUpperCase();
                int value = TileSet.points(rack);
                int points = entry.recordedScore() >= 0 ? (seats == 2 ? 2 * value : value) : -value;
                totals[seat] += points;
                ending.racks(seat, rack, points);
            }
        }
        if (totals[seat] != entry.recordedTotal()) {
            return Optional.of(new RecordReplay.Disagrees(entry.line(), record.names().get(seat),
                    entry.recordedTotal(), totals[seat]));
        }
        return Optional.empty();
    }

    private int next(int seat) {
        return (seat + 1) % seats;
    }

    private GameState game(Lexicon lexicon) {
        List<Integer> scores = Arrays.stream(totals).boxed().toList();
        GameResult result = ending.result(scores, resigned, record.racks());
        List<Turn> played = new ArrayList<>(turns);
        if (!played.isEmpty()) {
            Turn last = played.removeLast();
            played.add(new Turn(last.number(), last.seat(), last.kind(), last.placements(), last.words(), last.score(),
                    last.bingo(), last.rackBefore(), last.drawn(), last.exchangedCount(), last.exchanged(),
                    last.totalAfter(), Optional.of(result), last.by()));
        }
        List<Rack> racks = new ArrayList<>();
        List<Boolean> out = new ArrayList<>();
        for (int seat = 0; seat < seats; seat++) {
            racks.add(Rack.of(ending.rackOf(seat, record.racks())));
            out.add(resigned[seat]);
        }
        int toMove = turns.isEmpty() ? 0 : next(turns.getLast().seat());
        ChallengeRule rule = bonusPerWord > 0 ? (bonusPerWord % 10 == 0 ? ChallengeRule.TEN_POINT
                : ChallengeRule.FIVE_POINT) : withdrawals ? ChallengeRule.DOUBLE : ChallengeRule.VOID;
        return new GameState(lexicon, board, racks, new Bag("", 0), scores, toMove, 0, out, played, result,
                GameClock.NONE, new ChallengeState(rule, null, Collections.nCopies(seats, false)));
    }
}
