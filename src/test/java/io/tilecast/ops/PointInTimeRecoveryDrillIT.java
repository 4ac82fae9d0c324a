package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.journal.Journal;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ArchivedPostgres;
import io.tilecast.support.RestartablePostgres;
import io.tilecast.support.RunningServer;
import io.tilecast.support.StartedGame;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Point-in-time recovery, as docs/operations.md's runbook does it with WAL-G on fly, with a folder
 * in place of object storage: WAL archived from a PostgreSQL 17 primary, a base backup, games
 * played through Tilecast, a time T noted, more played, then the backup restored to T into a new
 * data directory and Tilecast started on it. Every game at T is exactly as it was; nothing after T
 * is there. The figures go to docs/drills.md.
 */
class PointInTimeRecoveryDrillIT {

    private static final int GAMES_BEFORE = 20;
    private static final int GAMES_AFTER = 10;

    @TempDir
    Path directory;

    @Test
    void aRestoreToTHasEveryGameAsItWasAtTAndNothingAfter() throws Exception {
        Map<String, JsonNode> viewsAtT = new LinkedHashMap<>();
        List<String> after = new ArrayList<>();
        String eventsAtT;
        String t;
        long baseBackupMillis;
        try (ArchivedPostgres postgres = new ArchivedPostgres(directory)) {
            long backupStarted = System.nanoTime();
            postgres.baseBackup(directory.resolve("base-backup"));
            baseBackupMillis = Duration.ofNanos(System.nanoTime() - backupStarted).toMillis();

            try (RunningServer server = RunningServer.start(postgres.url())) {
                List<StartedGame> games = IntStream.range(0, GAMES_BEFORE).mapToObj(i -> StartedGame.start(server.http()))
                        .toList();
                games.forEach(game -> game.playOne());
                games.stream().limit(GAMES_BEFORE / 2).forEach(game -> game.playOne());
                server.bean(Journal.class).flush(Duration.ofSeconds(30)).block();
                for (StartedGame game : games) {
                    viewsAtT.put(game.id(), view(server, game.id()));
                }
                eventsAtT = events(postgres.url());
                t = postgres.now();

                games.forEach(game -> game.playOne()); // moves after T in games that were there at T
                for (int i = 0; i < GAMES_AFTER; i++) {
                    after.add(StartedGame.start(server.http()).id());
                }
                server.bean(Journal.class).flush(Duration.ofSeconds(30)).block();
                assertThat(events(postgres.url())).isNotEqualTo(eventsAtT);
            }
            postgres.archiveCurrentWal();
            System.out.printf("PITR drill: base backup %.1f MB in %d ms; WAL archive %.1f MB in %d segments;"
                            + " %d games before T, %d after, T = %s%n",
                    ArchivedPostgres.size(directory.resolve("base-backup")) / 1e6, baseBackupMillis,
                    ArchivedPostgres.size(postgres.archive()) / 1e6, postgres.archive().toFile().list().length,
                    GAMES_BEFORE, GAMES_AFTER, t);

            long restoreStarted = System.nanoTime();
            try (EmbeddedPostgres restored = ArchivedPostgres.restore(directory.resolve("base-backup"),
                    postgres.archive(), directory.resolve("restored"), t)) {
                long restoreMillis = Duration.ofNanos(System.nanoTime() - restoreStarted).toMillis();
                DatabaseUrl url = new DatabaseUrl("127.0.0.1", restored.getPort(), "tilecast", "postgres", "", null);
                System.out.printf("PITR drill: restored to T and promoted in %d ms%n", restoreMillis);

                assertThat(events(url)).as("game_events at T").isEqualTo(eventsAtT);
                try (RunningServer server = RunningServer.start(url)) {
                    for (Map.Entry<String, JsonNode> atT : viewsAtT.entrySet()) {
                        assertThat(view(server, atT.getKey())).as(atT.getKey()).isEqualTo(atT.getValue());
                    }
                    for (String id : after) {
                        assertThat(ApiPlayer.spectator(server.http()).get("/api/games/" + id).status())
                                .as("a game created after T").isEqualTo(404);
                    }
                }
                System.out.printf("PITR drill: %d games as they were at T, %d created after T absent%n",
                        viewsAtT.size(), after.size());
            }
        }
    }

    /** A spectator's view of the game, without its clock, which reads differently from second to second. */
    private static JsonNode view(RunningServer server, String id) {
        ApiPlayer.Reply reply = ApiPlayer.spectator(server.http()).get("/api/games/" + id);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        ObjectNode view = (ObjectNode) reply.body();
        view.remove("clock");
        return view;
    }

    /** Every stored event, in order, as text. */
    private static String events(DatabaseUrl url) {
        return String.valueOf(RestartablePostgres.count(url, "SELECT count(*) FROM game_events")) + " "
                + RestartablePostgres.text(url, """
                        SELECT string_agg(game_id || ' ' || version || ' ' || type || ' ' || payload::text, E'\\n'
                                          ORDER BY game_id, version) FROM game_events""");
    }
}
