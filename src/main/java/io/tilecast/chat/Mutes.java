package io.tilecast.chat;

import io.tilecast.database.LocalDatabase;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Players a moderator muted, who may not chat anywhere: written on the primary, asked of the local member. */
@Component
public class Mutes {

    private final DatabaseClient primary;
    private final DatabaseClient local;

    Mutes(DatabaseClient primary, LocalDatabase local) {
        this.primary = primary;
        this.local = local.client();
    }

    public Mono<Boolean> muted(String player) {
        return local.sql("SELECT EXISTS (SELECT 1 FROM player_mutes WHERE player_id = :player) AS muted")
                .bind("player", player)
                .map(row -> row.get("muted", Boolean.class))
                .one();
    }

    /** Mutes {@code player}; {@code 404 player-not-found} for no such player. */
    public Mono<Void> mute(String player, String moderator) {
        if (!PlayerIds.wellFormed(player)) {
            return Mono.error(PlayerIds.notFound(player));
        }
        return PlayerIds.found(primary.sql("""
                        WITH target AS (SELECT id FROM players WHERE id = :player),
                        added AS (INSERT INTO player_mutes (player_id, muted_by) SELECT id, :moderator FROM target
                                  ON CONFLICT DO NOTHING)
                        SELECT count(*) AS found FROM target""")
                .bind("player", player)
                .bind("moderator", moderator), player);
    }

    public Mono<Void> unmute(String player) {
        if (!PlayerIds.wellFormed(player)) {
            return Mono.error(PlayerIds.notFound(player));
        }
        return primary.sql("DELETE FROM player_mutes WHERE player_id = :player").bind("player", player).then();
    }
}
