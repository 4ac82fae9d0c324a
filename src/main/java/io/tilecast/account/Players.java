package io.tilecast.account;

import io.tilecast.database.LocalDatabase;
import io.tilecast.problem.ApiProblem;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code players} table: registration writes synchronously to the primary (the routing filter
 * has already sent it to the primary region); profiles are read from the local member and may lag.
 */
@Component
public class Players {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 15; // 120 bits, 20 URL-safe characters
    private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final DatabaseClient primary;
    private final DatabaseClient local;

    Players(DatabaseClient primary, LocalDatabase local) {
        this.primary = primary;
        this.local = local.client();
    }

    /**
     * Creates a player, or refuses with {@code 409 name-taken}. The unique index decides, in the
     * same statement, so two registrations of one name at the same moment cannot both succeed.
     */
    public Mono<Caller.Player> register(PlayerName name) {
        return register(name, null);
    }

    /** The same, with a password hash ({@link Passwords}); null registers a guest. */
    public Mono<Caller.Player> register(PlayerName name, String passwordHash) {
        String id = newId();
        return primary.sql("""
                        INSERT INTO players (id, name, password_hash) VALUES (:id, :name, :hash)
                        ON CONFLICT ((lower(name))) DO NOTHING
                        RETURNING id""")
                .bind("id", id)
                .bind("name", name.value())
                .bind("hash", io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, passwordHash)) // null: a guest
                .map(row -> row.get("id", String.class))
                .one()
                .map(created -> new Caller.Player(created, name.value()))
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.CONFLICT, "name-taken",
                        "The name " + name.value() + " is taken (names are unique regardless of case).")));
    }

    /** The player's profile as this region's database has it; empty if unknown here. */
    public Mono<PlayerProfile> profile(String id) {
        if (!ID_FORM.matcher(id).matches()) {
            // Not an id this server made; PostgreSQL would also refuse some bytes (NUL) with an error.
            return Mono.empty();
        }
        return local.sql("SELECT id, name, played, won, password_hash IS NULL AND NOT bot AS guest, bot"
                        + " FROM players WHERE id = :id")
                .bind("id", id)
                .map(row -> new PlayerProfile(row.get("id", String.class), row.get("name", String.class),
                        row.get("played", Integer.class), row.get("won", Integer.class),
                        row.get("guest", Boolean.class), row.get("bot", Boolean.class)))
                .one();
    }

    /** Sets the player's password hash, on the primary; false when there is no such player. */
    public Mono<Boolean> setPassword(String id, String passwordHash) {
        return primary.sql("UPDATE players SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", id)
                .fetch().rowsUpdated()
                .map(updated -> updated > 0);
    }

    /**
     * Who signs in with this name, read on the primary (where registration wrote it, however new):
     * the player and their password hash (null for a guest); empty when nobody has the name.
     */
    public Mono<Credentials> credentials(String name) {
        return primary.sql("SELECT id, name, password_hash FROM players WHERE lower(name) = lower(:name)")
                .bind("name", name)
                .map(row -> new Credentials(new Caller.Player(row.get("id", String.class), row.get("name", String.class)),
                        row.get("password_hash", String.class)))
                .one();
    }

    /** A player and the hash their password is checked against; {@code passwordHash} null for a guest. */
    public record Credentials(Caller.Player player, String passwordHash) {
    }

    private static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
