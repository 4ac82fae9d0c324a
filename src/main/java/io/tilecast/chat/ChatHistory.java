package io.tilecast.chat;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.tilecast.database.LocalDatabase;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.view.ChatMessage;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** A game's chat as the journal wrote it, read from the local member: the last lines a reader may see, oldest first. */
@Component
public class ChatHistory {

    private final DatabaseClient local;

    ChatHistory(LocalDatabase local) {
        this.local = local.client();
    }

    /**
     * The last {@code limit} lines of the game, the spectators' too when {@code spectators}, without those of the
     * players {@code reader} (null: a visitor) blocked.
     */
    public Flux<ChatMessage> last(String gameId, boolean spectators, String reader, int limit) {
        return local.sql("""
                        SELECT id, channel, player_id, player_name, body, created_at FROM (
                            SELECT * FROM game_chat
                            WHERE game_id = :game AND (:spectators OR channel = 'players')
                              AND player_id NOT IN (SELECT blocked FROM player_blocks WHERE blocker = :reader)
                            ORDER BY created_at DESC, seq DESC LIMIT :limit) latest
                        ORDER BY created_at, seq""")
                .bind("game", gameId)
                .bind("spectators", spectators)
                .bind("reader", Parameters.in(R2dbcType.VARCHAR, reader))
                .bind("limit", limit)
                .map(row -> new ChatMessage(row.get("id", String.class), row.get("channel", String.class),
                        new PlayerRef(row.get("player_id", String.class), row.get("player_name", String.class)),
                        row.get("body", String.class), row.get("created_at", OffsetDateTime.class).toInstant()))
                .all();
    }
}
