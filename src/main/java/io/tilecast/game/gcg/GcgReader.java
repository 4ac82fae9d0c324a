package io.tilecast.game.gcg;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Direction;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.Square;
import io.tilecast.game.rules.Word;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads GCG records, replaying each placement on a board to compute its score. */
public final class GcgReader {

    private static final Pattern PLAYER = Pattern.compile("#player(\\d+)\\s+(\\S+)\\s*(.*)");
    private static final Pattern END_RACK = Pattern.compile("#rack(\\d+)\\s+(\\S+).*");
    private static final Pattern TURN = Pattern.compile(">([^:]+):\\s*(.*)");
    private static final Pattern RACK = Pattern.compile("[A-Za-z?]+");
    private static final Pattern ACROSS = Pattern.compile("(\\d{1,2})([A-Oa-o])");
    private static final Pattern DOWN = Pattern.compile("([A-Oa-o])(\\d{1,2})");
    private static final Pattern SCORE = Pattern.compile("[+-]?\\d+");

    private GcgReader() {
    }

    /** Text of a record file: UTF-8 when it is valid UTF-8, else ISO-8859-1, as older programs wrote. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    public static GcgRecord read(String text, Lexicon lexicon) {
        List<String> players = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> racks = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        Optional<String> lexiconName = Optional.empty();
        List<GcgEntry> entries = new ArrayList<>();
        Board board = Board.empty();
        Board beforeLastPlacement = board;
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            Matcher player = PLAYER.matcher(line);
            if (player.matches()) {
                int seat = Integer.parseInt(player.group(1)) - 1;
                while (players.size() <= seat) {
                    players.add("");
                    names.add("");
                }
                players.set(seat, player.group(2));
                names.set(seat, player.group(3).isBlank() ? player.group(2) : player.group(3).strip());
                continue;
            }
            Matcher endRack = END_RACK.matcher(line);
            if (endRack.matches()) {
                int seat = Integer.parseInt(endRack.group(1)) - 1;
                while (racks.size() <= seat) {
                    racks.add("");
                }
                racks.set(seat, endRack.group(2).toUpperCase());
                continue;
            }
            if (line.startsWith("#lexicon ")) {
                lexiconName = Optional.of(line.substring("#lexicon ".length()).strip());
                continue;
            }
            Matcher turn = TURN.matcher(line);
            if (!turn.matches()) {
                continue;
            }
            int seat = players.indexOf(turn.group(1).strip());
            List<String> tokens = new ArrayList<>(List.of(turn.group(2).strip().split("\\s+")));
            tokens.removeIf(String::isEmpty);
            if (seat < 0 || tokens.isEmpty()) {
                unreadable.add(number);
                continue;
            }
            String rack = "";
            if (RACK.matcher(tokens.getFirst()).matches() && tokens.size() > 1) {
                rack = tokens.removeFirst().toUpperCase();
            }
            Line parsed = new Line(number, seat, rack, tokens);
            GcgEntry entry;
            String action = tokens.getFirst();
            if (ACROSS.matcher(action).matches() || DOWN.matcher(action).matches()) {
                Placed placed = place(board, action, tokens.size() > 1 ? tokens.get(1) : "", lexicon);
                entry = parsed.entry(GcgEntry.Kind.PLACE, Optional.of(placed.move()), placed.score(), placed.unknown());
                if (placed.score().isPresent()) {
                    beforeLastPlacement = board;
                    board = board.with(placed.move().tiles());
                }
            } else if (action.equals("--")) {
                entry = parsed.entry(GcgEntry.Kind.WITHDRAWAL, Optional.empty(), OptionalInt.empty(), List.of());
                withdrawLastPlacement(entries, seat);
                board = beforeLastPlacement;
            } else if (action.equals("-")) {
                entry = parsed.entry(GcgEntry.Kind.PASS, Optional.of(new Move.Pass()), OptionalInt.empty(), List.of());
            } else if (action.matches("-[A-Za-z?]+")) {
                Move exchange = new Move.Exchange(action.substring(1).toUpperCase());
                entry = parsed.entry(GcgEntry.Kind.EXCHANGE, Optional.of(exchange), OptionalInt.empty(), List.of());
            } else if (action.matches("-\\d+")) {
                entry = parsed.entry(GcgEntry.Kind.EXCHANGE, Optional.empty(), OptionalInt.empty(), List.of());
            } else if (action.equalsIgnoreCase("(challenge)")) {
                entry = parsed.entry(GcgEntry.Kind.CHALLENGE_BONUS, Optional.empty(), OptionalInt.empty(), List.of());
            } else if (action.equalsIgnoreCase("(time)")) {
                entry = parsed.entry(GcgEntry.Kind.TIME_PENALTY, Optional.empty(), OptionalInt.empty(), List.of());
            } else if (action.equalsIgnoreCase("(resign)") || action.equalsIgnoreCase("(timeout)")) {
                entry = parsed.entry(GcgEntry.Kind.RESIGN, Optional.of(new Move.Resign()), OptionalInt.empty(), List.of());
            } else if (action.matches("\\([A-Za-z?]*\\)")) {
                entry = parsed.entry(GcgEntry.Kind.END_RACKS, Optional.empty(), OptionalInt.empty(), List.of());
            } else {
                unreadable.add(number);
                continue;
            }
            entries.add(entry);
        }
        return new GcgRecord(players, lexiconName, entries, names, racks, unreadable);
    }

    private static void withdrawLastPlacement(List<GcgEntry> entries, int seat) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            GcgEntry e = entries.get(i);
            if (e.seat() == seat && e.kind() == GcgEntry.Kind.PLACE) {
                entries.set(i, e.withdraw());
                return;
            }
        }
    }

    private static Placed place(Board board, String position, String word, Lexicon lexicon) {
        Matcher across = ACROSS.matcher(position);
        boolean isAcross = across.matches();
        Matcher down = DOWN.matcher(position);
        int row;
        int col;
        if (isAcross) {
            row = Integer.parseInt(across.group(1)) - 1;
            col = Character.toUpperCase(across.group(2).charAt(0)) - 'A';
        } else {
            down.matches();
            row = Integer.parseInt(down.group(2)) - 1;
            col = Character.toUpperCase(down.group(1).charAt(0)) - 'A';
        }
        Direction direction = isAcross ? Direction.ACROSS : Direction.DOWN;
        List<Placement> tiles = new ArrayList<>();
        boolean through = false;
        boolean fits = true;
        for (char c : word.toCharArray()) {
            if (c == '(' || c == ')') {
                through = c == '(';
                continue;
            }
            boolean onBoard = Square.onBoard(row, col);
            if (c == '.' || through || onBoard && !board.isEmpty(row, col)) {
                fits &= onBoard && !board.isEmpty(row, col);
            } else if (Character.isLetter(c)) {
                tiles.add(new Placement(row, col, Character.toUpperCase(c), Character.isLowerCase(c)));
            } else {
                fits = false;
            }
            row += direction.rowStep();
            col += direction.colStep();
        }
        Move.Place move = new Move.Place(tiles);
        Judgement judgement = Referee.judge(board, tiles, Lexicon.anyWord());
        if (!fits || !(judgement instanceof Judgement.Legal legal)) {
            return new Placed(move, OptionalInt.empty(), List.of());
        }
        List<String> unknown = legal.words().stream().map(Word::word).filter(w -> !lexicon.contains(w)).toList();
        return new Placed(move, OptionalInt.of(legal.score()), unknown);
    }

    private record Placed(Move.Place move, OptionalInt score, List<String> unknown) {
    }

    private record Line(int number, int seat, String rack, List<String> tokens) {
        GcgEntry entry(GcgEntry.Kind kind, Optional<Move> move, OptionalInt computed, List<String> unknown) {
            List<String> numbers = tokens.stream().filter(t -> SCORE.matcher(t).matches()).toList();
            int score = numbers.size() >= 2 ? parse(numbers.get(numbers.size() - 2)) : 0;
            int total = numbers.isEmpty() ? 0 : parse(numbers.getLast());
            return new GcgEntry(number, seat, kind, rack, move, score, total, computed, unknown, false,
                    tokens.getFirst());
        }

        private static int parse(String number) {
            return Integer.parseInt(number.startsWith("+") ? number.substring(1) : number);
        }
    }
}
