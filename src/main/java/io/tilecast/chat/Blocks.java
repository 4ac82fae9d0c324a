package io.tilecast.chat;

import io.tilecast.database.LocalDatabase;
import io.tilecast.problem.ApiProblem;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who blocked whom: written on the primary; each player's list is read once from the local member and kept for this
 * process's live streams, which a block or unblock made here changes at once.
 */
@Component
public class Blocks {

    static final int KEPT = 10_000;

    private final DatabaseClient primary;
    private final DatabaseClient local;
    private final Map<String, Set<String>> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
            return size() > KEPT;
        }
    };

    Blocks(DatabaseClient primary, LocalDatabase local) {
        this.primary = primary;
        this.local = local.client();
    }

    /** The players {@code blocker} has blocked, as a set this process keeps current; empty for a visitor (null). */
    public Mono<Set<String>> blockedBy(String blocker) {
        if (blocker == null) {
            return Mono.just(Set.of());
        }
        Set<String> kept = kept(blocker);
        if (kept != null) {
            return Mono.just(kept);
        }
        return local.sql("SELECT blocked FROM player_blocks WHERE blocker = :blocker")
                .bind("blocker", blocker)
                .map(row -> row.get("blocked", String.class))
                .all()
                .collect(ConcurrentHashMap::<String>newKeySet, Set::add)
                .map(read -> {
                    synchronized (known) {
                        return known.computeIfAbsent(blocker, player -> read);
                    }
                });
    }

    /** Blocks {@code blocked} for {@code blocker}: {@code 400 cannot-block-self}, {@code 404 player-not-found}. */
    public Mono<Void> block(String blocker, String blocked) {
        if (blocker.equals(blocked)) {
            return Mono.error(new ApiProblem(HttpStatus.BAD_REQUEST, "cannot-block-self", "You cannot block yourself."));
        }
        if (!PlayerIds.wellFormed(blocked)) {
            return Mono.error(PlayerIds.notFound(blocked));
        }
        return PlayerIds.found(primary.sql("""
                        WITH target AS (SELECT id FROM players WHERE id = :blocked),
                        added AS (INSERT INTO player_blocks (blocker, blocked) SELECT :blocker, id FROM target
                                  ON CONFLICT DO NOTHING)
                        SELECT count(*) AS found FROM target""")
                .bind("blocker", blocker)
                .bind("blocked", blocked), blocked)
                .then(Mono.fromRunnable(() -> {
                    Set<String> kept = kept(blocker);
                    if (kept != null) {
                        kept.add(blocked);
                    }
                }));
    }

    /** Lifts a block; lifting one that is not there is no error. */
    public Mono<Void> unblock(String blocker, String blocked) {
        if (!PlayerIds.wellFormed(blocked)) {
            return Mono.error(PlayerIds.notFound(blocked));
        }
        return primary.sql("DELETE FROM player_blocks WHERE blocker = :blocker AND blocked = :blocked")
                .bind("blocker", blocker)
                .bind("blocked", blocked)
                .then()
                .then(Mono.fromRunnable(() -> {
                    Set<String> kept = kept(blocker);
                    if (kept != null) {
                        kept.remove(blocked);
                    }
                }));
    }

    /** Whether any of {@code blockers} has blocked {@code player}, as the local member has it. */
    public Mono<Boolean> blockedByAny(Collection<String> blockers, String player) {
        return local.sql("SELECT EXISTS (SELECT 1 FROM player_blocks WHERE blocker = ANY(:blockers)"
                        + " AND blocked = :player) AS blocked")
                .bind("blockers", blockers.toArray(String[]::new))
                .bind("player", player)
                .map(row -> row.get("blocked", Boolean.class))
                .one();
    }

    private Set<String> kept(String blocker) {
        synchronized (known) {
            return known.get(blocker);
        }
    }
}
