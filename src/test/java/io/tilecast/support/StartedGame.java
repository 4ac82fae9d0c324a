package io.tilecast.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.search.WordFinder;
import java.util.List;
import java.util.Optional;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A started two-player game between two fresh players, alice (seat 0) and bob. */
public record StartedGame(String id, ApiPlayer alice, ApiPlayer bob) {

    public static StartedGame start(WebTestClient http) {
        return between(ApiPlayer.register(http, "alice"), ApiPlayer.register(http, "bob"));
    }

    /** A game the first creates and starts once the second has joined. */
    public static StartedGame between(ApiPlayer alice, ApiPlayer bob) {
        String id = alice.create(2).body().get("id").asString();
        bob.join(id);
        alice.start(id);
        return new StartedGame(id, alice, bob);
    }

    public ApiPlayer toMove() {
        return alice.view(id).body().get("turn").asInt() == 0 ? alice : bob;
    }

    /** Passes by whoever is to move; a two-player game ends after six. Gives the version reached. */
    public int passes(int count) {
        int version = alice.view(id).version();
        for (int i = 0; i < count; i++) {
            ApiPlayer.Reply ack = toMove().pass(id, version);
            assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
            version = ack.version();
        }
        return version;
    }

    /**
     * Passes by whoever is to move until the game ends: six passes, or fewer when the turns before them were already
     * scoreless (a {@link #playOne()} that found no word passed). Gives the final version.
     */
    public int passesToTheEnd() {
        for (int turn = 0; turn < 6 && !status().equals("finished"); turn++) {
            passes(1);
        }
        assertThat(status()).isEqualTo("finished");
        return alice.view(id).version();
    }

    /**
     * One turn of the player to move: the first word found for their rack, else a pass. Gives the
     * version reached; a game no longer active is left as it is.
     */
    public int playOne() {
        ApiPlayer mover = toMove();
        JsonNode mine = mover.view(id).body();
        int version = mine.get("version").asInt();
        if (!mine.get("status").asString().equals("active")) {
            return version;
        }
        Optional<List<Placement>> play = WordFinder.play(ApiPlayer.board(mine), mine.get("rack").asString(),
                Lexicon.english());
        ApiPlayer.Reply ack = play.isPresent() ? mover.place(id, version, play.get()) : mover.pass(id, version);
        assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
        return ack.version();
    }

    /** Plays the game to its end, a turn at a time as {@link #playOne()}. Gives the final version. */
    public int playToTheEnd() {
        for (int turn = 0; turn < 300 && !status().equals("finished"); turn++) {
            playOne();
        }
        assertThat(status()).isEqualTo("finished");
        return alice.view(id).version();
    }

    private String status() {
        return alice.view(id).body().get("status").asString();
    }
}
