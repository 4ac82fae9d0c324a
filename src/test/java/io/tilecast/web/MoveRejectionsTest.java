package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.search.WordFinder;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every refusal of API.md, each produced by a request: the right status and code as a problem,
 * and the game's version unchanged afterwards.
 */
@IntegrationTest
class MoveRejectionsTest {

    @Autowired
    WebTestClient http;

    ApiPlayer alice;
    ApiPlayer bob;
    ApiPlayer carol;
    String game;

    @BeforeEach
    void startAGame() {
        alice = ApiPlayer.register(http, "alice");
        bob = ApiPlayer.register(http, "bob");
        carol = ApiPlayer.register(http, "carol");
        game = alice.create(2).body().get("id").asString();
        bob.join(game);
        alice.start(game);
    }

    @Test
    void turnsSeatsAndVersionsAreEnforced() {
        int version = version();

        refused(() -> bob.pass(game, version), 409, "not-your-turn");
        refused(() -> carol.pass(game, version), 403, "not-seated");
        refused(() -> ApiPlayer.spectator(http).pass(game, version), 401, "unauthenticated");
        assertThat(alice.pass(game, version).status()).isEqualTo(200);
        refused(() -> alice.pass(game, version), 409, "stale-version");
    }

    @Test
    void joiningAndStartingAreRefusedWhenTheyCannotHappen() {
        String waiting = alice.create(2).body().get("id").asString();
        refused(() -> alice.start(waiting), 409, "not-enough-players", waiting);
        refused(() -> alice.join(waiting), 409, "already-seated", waiting);
        bob.join(waiting);
        refused(() -> bob.start(waiting), 403, "not-creator", waiting);
        refused(() -> carol.join(waiting), 409, "game-full", waiting);
        refused(() -> alice.pass(waiting, 2), 409, "game-not-active", waiting);
        alice.start(waiting);
        refused(() -> alice.start(waiting), 409, "game-started", waiting);
    }

    @Test
    void placementsBreakingTheRulesAreRefused() {
        for (int deal = 0; deal < 20 && opening().isEmpty(); deal++) {
            startAGame(); // a dealt rack sometimes makes no word; deal again so the opening below exists
        }
        String rack = rack(alice);
        char a = rack.charAt(0);
        char b = rack.charAt(1);

        refused(() -> alice.place(game, version(), List.of(tile(7, 15, a), tile(7, 7, b))), 422, "off-board");
        refused(() -> alice.place(game, version(), List.of(tile(7, 7, a), tile(8, 8, b))), 422, "not-in-line");
        refused(() -> alice.place(game, version(), List.of(tile(7, 7, a), tile(7, 9, b))), 422, "gap");
        refused(() -> alice.place(game, version(), List.of(tile(0, 0, a), tile(0, 1, b))), 422, "first-move-center");
        refused(() -> alice.place(game, version(), List.of(tile(7, 7, a))), 422, "too-few-tiles");
        refused(() -> alice.place(game, version(), List.of(tile(7, 7, absentFrom(rack)), tile(7, 8, b))), 422, "not-in-rack");
        List<Placement> nonsense = nonWord(rack);
        Reply invalid = refused(() -> alice.place(game, version(), nonsense), 422, "invalid-word");
        assertThat(invalid.body().get("words").get(0).asString()).hasSize(2);

        List<Placement> opening = opening().orElseThrow();
        assertThat(alice.place(game, version(), opening).status()).isEqualTo(200);
        String bobs = rack(bob);
        Placement covered = opening.getFirst();
        refused(() -> bob.place(game, version(), List.of(tile(covered.row(), covered.col(), bobs.charAt(0)),
                tile(covered.row(), covered.col() + 1, bobs.charAt(1)))), 422, "occupied");
        refused(() -> bob.place(game, version(), List.of(tile(0, 0, bobs.charAt(0)), tile(0, 1, bobs.charAt(1)))), 422,
                "not-connected");
    }

    private Optional<List<Placement>> opening() {
        return WordFinder.play(ApiPlayer.board(alice.view(game).body()), rack(alice), Lexicon.english());
    }

    @Test
    void malformedMovesAreBadMoves() {
        for (Object body : List.of("{\"type\": \"jump\", \"version\": 3}", "{\"type\": \"place\"", "[1, 2]",
                "{\"type\": \"pass\", \"version\": \"three\"}", "{\"type\": \"pass\"}",
                "{\"type\": \"place\", \"version\": 3, \"tiles\": [{\"row\": 7, \"col\": 7, \"letter\": \"ab\"}]}",
                "{\"type\": \"place\", \"version\": 3, \"tiles\": [{\"row\": 7, \"col\": 7, \"letter\": \"7\"}]}",
                "{\"type\": \"place\", \"version\": 3, \"tiles\": []}",
                "{\"type\": \"exchange\", \"version\": 3}", "")) {
            Reply reply = alice.move(game, body);
            assertThat(reply.status()).as(body.toString()).isEqualTo(400);
            assertThat(reply.code()).as(body.toString()).isEqualTo("bad-move");
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(version()).isEqualTo(3);
    }

    @Test
    void anUnknownGameIsNotFound() {
        String unknown = "local-AAAAAAAAAAAAAAAAAAAAAA";
        for (Reply reply : List.of(alice.view(unknown), alice.pass(unknown, 1), alice.join(unknown),
                alice.get("/api/games/" + unknown + "/gcg"), alice.get("/api/games/" + unknown + "/events"))) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("game-not-found");
        }
    }

    @Test
    void aForgedTokenIsRefusedEvenOnAValidMove() {
        String forged = alice.token().substring(0, alice.token().length() - 4) + "AAAA";
        http.post().uri("/api/games/" + game + "/moves").header("Authorization", "Bearer " + forged)
                .bodyValue(Map.of("type", "pass", "version", 3)).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
        assertThat(version()).isEqualTo(3);
    }

    @Test
    void exchangesAreCheckedAgainstTheRack() {
        String rack = rack(alice);
        refused(() -> alice.exchange(game, version(), String.valueOf(absentFrom(rack))), 422, "not-in-rack");
        refused(() -> alice.exchange(game, version(), ""), 400, "bad-move");
        assertThat(alice.exchange(game, version(), rack.substring(0, 2)).status()).isEqualTo(200);
    }

    private Reply refused(Supplier<Reply> request, int status, String code) {
        return refused(request, status, code, game);
    }

    /** Sends the request, which must be refused, and checks the game's version before and after it. */
    private Reply refused(Supplier<Reply> request, int status, String code, String which) {
        int before = alice.view(which).version();
        Reply reply = request.get();
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(alice.view(which).version()).as("version unchanged after " + code).isEqualTo(before);
        return reply;
    }

    private int version() {
        return alice.view(game).version();
    }

    private String rack(ApiPlayer player) {
        return player.view(game).body().get("rack").asString();
    }

    private static Placement tile(int row, int col, char letter) {
        return letter == '?' ? Placement.blank(row, col, 'E') : Placement.tile(row, col, letter);
    }

    private static char absentFrom(String rack) {
        for (char c = 'Z'; c >= 'A'; c--) {
            if (rack.indexOf(c) < 0) {
                return c;
            }
        }
        throw new AssertionError("a rack of seven holds every letter");
    }

    /** Two rack tiles across the centre that make no word. */
    private static List<Placement> nonWord(String rack) {
        for (int i = 0; i < rack.length(); i++) {
            for (int j = 0; j < rack.length(); j++) {
                char a = rack.charAt(i);
                char b = rack.charAt(j);
                if (i != j && a != '?' && b != '?' && !Lexicon.english().contains("" + a + b)) {
                    return List.of(tile(7, 7, a), tile(7, 8, b));
                }
            }
        }
        throw new AssertionError("every pair on " + rack + " is a word");
    }
}
