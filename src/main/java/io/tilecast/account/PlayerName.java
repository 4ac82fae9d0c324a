package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** A player's name: 1 to 24 ASCII letters, digits, {@code _} or {@code -}, not passing for a bot. */
public record PlayerName(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,24}");
    private static final String LOOK_ALIKES = "1i0528_";
    private static final String FOLDED_TO = "lloszb-";

    public PlayerName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-name",
                    "A name is 1 to 24 characters, each a letter (A-Z, a-z), a digit, '_' or '-'.");
        }
        if (folded(value).replace("-", "").endsWith("bot")) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-name",
                    "A name may not end in 'bot': those are kept for the computer opponents.");
        }
    }

    /**
     * The name as uniqueness sees it: lower case, {@code rn} as {@code m}, {@code vv} as {@code w}, then I/l/1/i as l,
     * O/0 as o, S/5 as s, Z/2 as z, B/8 as b and {@code _} as {@code -}.
     */
    public static String folded(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("rn", "m").replace("vv", "w");
        StringBuilder folded = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            int at = LOOK_ALIKES.indexOf(c);
            folded.append(at < 0 ? c : FOLDED_TO.charAt(at));
        }
        return folded.toString();
    }
}
