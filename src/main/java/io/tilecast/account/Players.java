package io.tilecast.account;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import io.tilecast.database.LocalDatabase;
import io.tilecast.problem.ApiProblem;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The {@code players} table: registration writes synchronously to the primary (the routing filter has already sent it
 * to the primary region); profiles are read from the local member and may lag.
 */
@Component
public class Players {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ID_BYTES = 15; // 120 bits, 20 URL-safe characters
    private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final DatabaseClient primary;
    private final DatabaseClient local;
    private final TokenEpochs epochs;

    Players(DatabaseClient primary, LocalDatabase local, TokenEpochs epochs) {
        this.primary = primary;
        this.local = local.client();
        this.epochs = epochs;
    }

    /** Creates a player, or refuses with {@code 409 name-taken}. */
    public Mono<Caller.Player> register(PlayerName name) {
        return register(name, null);
    }

    /** The same, with a password hash ({@link Passwords}); null registers a guest. */
    public Mono<Caller.Player> register(PlayerName name, String passwordHash) {
        String id = newId();
        return primary.sql("""
                        INSERT INTO players (id, name, password_hash) VALUES (:id, :name, :hash)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .bind("id", id)
                .bind("name", name.value())
                .bind("hash", Parameters.in(R2dbcType.VARCHAR, passwordHash)) // null: a guest
                .map(row -> row.get("id", String.class))
                .one()
                .map(created -> new Caller.Player(created, name.value()))
                .switchIfEmpty(Mono.error(() -> new ApiProblem(HttpStatus.CONFLICT, "name-taken",
                        "The name " + name.value() + " is taken, or too like a name that is (names are unique"
                                + " regardless of case and of look-alike letters such as I, l and 1).")));
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

    /**
     * Replaces the player's password hash and revokes every token they hold but {@code kept} (the fingerprint of the
     * caller's token), on the primary, only if the hash is still {@code oldHash} (null for a guest): two changes at
     * once cannot both pass the check of the current password.
     */
    public Mono<Boolean> changePassword(String id, String oldHash, String newHash, String kept) {
        return primary.sql("""
                        UPDATE players SET password_hash = :hash, token_epoch = token_epoch + 1, token_kept = :kept,
                            token_epoch_raised_at = now()
                        WHERE id = :id AND password_hash IS NOT DISTINCT FROM :old
                        RETURNING id, token_epoch, token_kept, token_epoch_raised_at""")
                .bind("hash", newHash)
                .bind("id", id)
                .bind("kept", Parameters.in(R2dbcType.VARCHAR, kept))
                .bind("old", Parameters.in(R2dbcType.VARCHAR, oldHash))
                .map(row -> learn(row))
                .one()
                .hasElement();
    }

    /** Revokes every token the player holds (signing out), on the primary; false when there is no such player. */
    public Mono<Boolean> revokeTokens(String id) {
        return primary.sql("""
                        UPDATE players SET token_epoch = token_epoch + 1, token_kept = NULL, token_epoch_raised_at = now()
                        WHERE id = :id RETURNING id, token_epoch, token_kept, token_epoch_raised_at""")
                .bind("id", id)
                .map(row -> learn(row))
                .one()
                .hasElement();
    }

    private String learn(Readable row) {
        String id = row.get("id", String.class);
        epochs.raised(id, raise(row));
        return id;
    }

    static TokenEpochs.Raise raise(Readable row) {
        return new TokenEpochs.Raise(row.get("token_epoch", Integer.class), row.get("token_kept", String.class),
                row.get("token_epoch_raised_at", OffsetDateTime.class).toInstant());
    }

    /**
     * Who signs in with this name, read on the primary (where registration wrote it, however new): the player, their
     * password hash (null for a guest) and token epoch; empty when nobody has the name.
     */
    public Mono<Credentials> credentials(String name) {
        return primary.sql("SELECT id, name, password_hash, token_epoch FROM players WHERE lower(name) = lower(:name)")
                .bind("name", name)
                .map(row -> credentials(row))
                .one();
    }

    /** The same for the player with this id, read on the primary. */
    public Mono<Credentials> credentialsOf(String id) {
        return primary.sql("SELECT id, name, password_hash, token_epoch FROM players WHERE id = :id")
                .bind("id", id)
                .map(row -> credentials(row))
                .one();
    }

    private static Credentials credentials(Readable row) {
        return new Credentials(new Caller.Player(row.get("id", String.class), row.get("name", String.class)),
                row.get("password_hash", String.class), row.get("token_epoch", Integer.class));
    }

    /**
     * A player, the hash their password is checked against ({@code passwordHash} null for a guest), and the epoch a
     * token signed for them now carries.
     */
    public record Credentials(Caller.Player player, String passwordHash, int tokenEpoch) {
    }

    private static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
