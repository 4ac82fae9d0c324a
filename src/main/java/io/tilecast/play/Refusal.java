package io.tilecast.play;

import io.tilecast.game.Rejection;
import java.util.List;

/**
 * Why a host did not apply a command, as the API's stable code (API.md), with the invalid words
 * for {@code invalid-word}. A refused command changes nothing.
 */
public record Refusal(String code, List<String> words) {

    public static final Refusal GAME_FULL = of("game-full");
    public static final Refusal ALREADY_SEATED = of("already-seated");
    public static final Refusal GAME_STARTED = of("game-started");
    public static final Refusal NOT_ENOUGH_PLAYERS = of("not-enough-players");
    public static final Refusal NOT_CREATOR = of("not-creator");
    public static final Refusal NOT_SEATED = of("not-seated");
    public static final Refusal GAME_NOT_ACTIVE = of("game-not-active");
    public static final Refusal STALE_VERSION = of("stale-version");
    public static final Refusal TOO_MANY_WAITING_GAMES = of("too-many-waiting-games");
    public static final Refusal JOURNAL_FULL = of("journal-full");
    public static final Refusal HOST_CLOSED = of("host-unavailable");

    public Refusal {
        words = List.copyOf(words);
    }

    public static Refusal of(String code) {
        return new Refusal(code, List.of());
    }

    public static Refusal of(Rejection rejection) {
        return new Refusal(rejection.code().code(), rejection.words());
    }
}
