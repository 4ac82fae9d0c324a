package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A player's name as registered: 1 to 24 ASCII letters, digits, {@code _} or {@code -}. Unique
 * regardless of case; the database's {@code players_name_key} index on {@code lower(name)} keeps it so.
 */
public record PlayerName(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,24}");

    public PlayerName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-name",
                    "A name is 1 to 24 characters, each a letter (A-Z, a-z), a digit, '_' or '-'.");
        }
    }
}
