package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Passwords are kept only as a slow, salted BCrypt hash (Spring Security's crypto module). */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    /** BCrypt reads no more than this many bytes, and refuses a longer password outright. */
    public static final int MAX_BYTES = 72;

    private static final String STAND_IN = "no such password: a stand-in for the time a check takes";

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    private final String standIn = encoder.encode(STAND_IN);

    /** The password as it may be set; {@code 400 invalid-password} otherwise. Never logged, never echoed. */
    public static String valid(String password) {
        if (!acceptable(password)) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-password", "A password has " + MIN_LENGTH
                    + " to " + MAX_LENGTH + " characters and at most " + MAX_BYTES + " bytes of UTF-8.");
        }
        return password;
    }

    static boolean acceptable(String password) {
        if (password == null) {
            return false;
        }
        int characters = password.codePointCount(0, password.length());
        return characters >= MIN_LENGTH && characters <= MAX_LENGTH && wellFormed(password)
                && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The hash of a password that {@link #valid} let through; {@code 400 invalid-password} for any other. */
    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> {
            try {
                return encoder.encode(valid(password));
            } catch (IllegalArgumentException refusedByBcrypt) {
                // Never a 500 for something a client typed.
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-password", "That password cannot be used.");
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Whether the password matches {@code hash}. */
    public Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> {
            boolean possible = acceptable(password) && hash != null;
            try {
                boolean matches = encoder.matches(possible ? password : STAND_IN, possible ? hash : standIn);
                return matches && possible;
            } catch (IllegalArgumentException refusedByBcrypt) {
                return false;
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
