package io.tilecast.chat;

import io.tilecast.problem.ApiProblem;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

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

    /** Runs a statement that acts on one player and answers its count as {@code found}: {@code 404} when it is none. */
    static Mono<Void> found(DatabaseClient.GenericExecuteSpec statement, String id) {
        return statement.map(row -> row.get("found", Long.class)).one()
                .flatMap(found -> found == 0 ? Mono.error(notFound(id)) : Mono.empty());
    }
}
