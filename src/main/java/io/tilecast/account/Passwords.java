package io.tilecast.account;

import io.tilecast.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Passwords are kept only as a slow, salted BCrypt hash (Spring Security's crypto module). Hashing
 * takes tens of milliseconds by design, so it runs off the event loop. A check always computes one
 * hash, against a stand-in when the player has no password or does not exist, so that a wrong
 * password, an unknown name and a guest take the same time.
 */
@Component
public class Passwords {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    /** The hash a check compares against when there is no real one. */
    private final String standIn = encoder.encode("no such password: a stand-in for the time a check takes");

    /** The password as it may be set; {@code 400 invalid-password} otherwise. Never logged, never echoed. */
    public static String valid(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-password",
                    "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters.");
        }
        return password;
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /** Whether the password matches {@code hash}; a null hash (a guest, or nobody) never matches, in the same time. */
    public Mono<Boolean> matches(String password, String hash) {
        return Mono.fromCallable(() -> {
            boolean matches = encoder.matches(password == null ? "" : password, hash == null ? standIn : hash);
            return matches && hash != null;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
