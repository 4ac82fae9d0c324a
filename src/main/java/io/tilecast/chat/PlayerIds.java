package io.tilecast.chat;

import io.tilecast.problem.ApiProblem;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Player ids as this server makes them; any other text names no player and is refused before a query. */
final class PlayerIds {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private PlayerIds() {
    }

    static boolean wellFormed(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    static ApiProblem notFound(String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "player-not-found", "There is no player " + id + ".");
    }
}
