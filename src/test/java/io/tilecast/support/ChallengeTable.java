package io.tilecast.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Judgement;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Referee;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.search.WordFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A started game of two to four players over HTTP under a challenge rule, with plays that are phonies or valid. */
public record ChallengeTable(String id, List<ApiPlayer> players) {

    private static final Lexicon ENGLISH = Lexicon.english();

    /** Creates, fills and starts a game; the first player is its creator in seat 0. */
    public static ChallengeTable start(List<ApiPlayer> players, String rule) {
        ApiPlayer.Reply created = players.getFirst().post("/api/games", Map.of("seats", players.size(),
                "challenge", rule, "clock", Map.of("initial", 1200)));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.body().get("id").asString();
        players.subList(1, players.size()).forEach(p -> assertThat(p.join(id).status()).isEqualTo(200));
        assertThat(players.getFirst().start(id).status()).isEqualTo(200);
        return new ChallengeTable(id, players);
    }

    public ApiPlayer seat(int seat) {
        return players.get(seat);
    }

    public JsonNode view(int seat) {
        return seat(seat).view(id).body();
    }

    public int toMove() {
        return view(0).get("turn").asInt();
    }

    public int version() {
        return view(0).get("version").asInt();
    }

    public ApiPlayer.Reply challenge(int seat, int version) {
        return seat(seat).move(id, Map.of("type", "challenge", "version", version));
    }

    /** The player to move places tiles that form a word not in the lexicon (none fails the first play). */
    public ApiPlayer.Reply playPhony() {
        int seat = toMove();
        JsonNode mine = view(seat);
        Board board = Board.of(ApiPlayer.board(mine));
        List<Placement> tiles = phony(board, mine.get("rack").asString());
        return seat(seat).place(id, mine.get("version").asInt(), tiles);
    }

    /** The player to move places a valid word; empty when their rack has none. */
    public Optional<ApiPlayer.Reply> playValid() {
        int seat = toMove();
        JsonNode mine = view(seat);
        return word(mine).map(tiles -> seat(seat).place(id, mine.get("version").asInt(), tiles));
    }

    /** Whether the player to move has a valid word on their rack (a dealt rack sometimes has none). */
    public boolean hasWord() {
        return word(view(toMove())).isPresent();
    }

    private static Optional<List<Placement>> word(JsonNode seen) {
        return WordFinder.play(ApiPlayer.board(seen), seen.get("rack").asString(), ENGLISH);
    }

    /** The player to move plays a valid word, or passes when their rack has none. */
    public ApiPlayer.Reply playOn() {
        return playValid().orElseGet(() -> seat(toMove()).pass(id, version()));
    }

    /** The player to move lays down as many tiles as fit in one line, words or not (left standing unchallenged). */
    public ApiPlayer.Reply dump() {
        int seat = toMove();
        JsonNode mine = view(seat);
        String rack = mine.get("rack").asString();
        Board board = Board.of(ApiPlayer.board(mine));
        for (int count = rack.length(); count > 0; count--) {
            Optional<List<Placement>> line = line(board, rack.substring(0, count));
            if (line.isPresent()) {
                return seat(seat).place(id, mine.get("version").asInt(), line.get());
            }
        }
        return seat(seat).pass(id, mine.get("version").asInt());
    }

    /** Plays down to an empty bag, leaving each play standing, until the player to move has just gone out. */
    public ChallengeTable playUntilOut() {
        for (int turn = 0; turn < 200; turn++) {
            JsonNode view = view(0);
            assertThat(view.get("status").asString()).isEqualTo("active");
            if (view.has("pending") && view.get("seats").get(view.get("pending").asInt()).get("rackSize").asInt() == 0
                    && view.get("bag").asInt() == 0) {
                return this;
            }
            ApiPlayer.Reply played = dump();
            assertThat(played.status()).as(played.raw()).isEqualTo(200);
        }
        throw new AssertionError("nobody went out");
    }

    private static List<Placement> phony(Board board, String rack) {
        for (int a = 0; a < rack.length(); a++) {
            for (int b = 0; b < rack.length(); b++) {
                if (a != b) {
                    String word = "" + letter(rack.charAt(a)) + letter(rack.charAt(b));
                    Optional<List<Placement>> line = line(board, "" + rack.charAt(a) + rack.charAt(b));
                    if (!ENGLISH.contains(word) && line.isPresent() && formsPhony(board, line.get())) {
                        return line.get();
                    }
                }
            }
        }
        throw new AssertionError("no phony for " + rack);
    }

    private static boolean formsPhony(Board board, List<Placement> tiles) {
        return Referee.judge(board, tiles, ENGLISH) instanceof Judgement.Illegal illegal
                && illegal.rejection().code() == RejectionCode.INVALID_WORD;
    }

    private static char letter(char tile) {
        return tile == '?' ? 'Z' : tile;
    }

    /** The first legal line of these rack tiles, across then down, scanning from the top left. */
    private static Optional<List<Placement>> line(Board board, String tiles) {
        for (int across = 0; across < 2; across++) {
            for (int row = 0; row < 15; row++) {
                for (int col = 0; col < 15; col++) {
                    List<Placement> placed = new ArrayList<>();
                    int r = row;
                    int c = col;
                    while (placed.size() < tiles.length() && r < 15 && c < 15) {
                        if (board.isEmpty(r, c)) {
                            char tile = tiles.charAt(placed.size());
                            placed.add(new Placement(r, c, letter(tile), tile == '?'));
                        }
                        r += across == 0 ? 0 : 1;
                        c += across == 0 ? 1 : 0;
                    }
                    if (placed.size() == tiles.length() && Referee.checkPlacement(board, placed).isEmpty()) {
                        return Optional.of(placed);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
