package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.journal.EventLog;
import io.tilecast.play.host.Table;
import io.tilecast.play.hosting.GameRebuild;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** A GCG record imported over HTTP is a finished game: its players, its plays as recorded, its record and analysis. */
@IntegrationTest
class GameImportTest {

    /** A phony withdrawn, a challenge bonus, a pass, an exchange, a time penalty and the racks counted at the end. */
    static final String RECORD = """
            #character-encoding UTF-8
            #player1 ann Ann Example
            #player2 ben Ben Sample
            #note a club game
            >ann: AEINRST 8D NASTIER +66 66
            >ben: ?CEOQXZ E8 .X +9 9
            >ann: ABDEFGL E8 AXE +10 76
            >ann: ABDFGL (challenge) +5 81
            >ben: ?CEHOQZ 10B CHO. +15 24
            >ben: ?CEHOQZ --  -15 9
            >ann: ABDFGLM - +0 81
            >ben: ?CEHOQZ -4 +0 9
            >ann: ABDFGLM (time) -10 71
            >ann:  (CEHOZ) +38 109
            """;

    @Autowired
    WebTestClient http;

    @Autowired
    EventLog eventLog;

    @Autowired
    GameRebuild rebuild;

    @Test
    void aRecordBecomesAFinishedGameOfItsPlayersWithEveryLineScoredAsRecorded() {
        ApiPlayer carol = ApiPlayer.register(http, "carol");

        Reply imported = carol.post("/api/games/import", Map.of("gcg", RECORD));

        assertThat(imported.status()).as(imported.raw()).isEqualTo(201);
        JsonNode view = imported.body();
        String id = view.get("id").asString();
        assertThat(imported.headers().getLocation()).hasToString("/api/games/" + id);
        assertThat(view.get("status").asString()).isEqualTo("finished");
        assertThat(view.get("imported").asBoolean()).isTrue();
        assertThat(view.has("rated") && view.get("rated").asBoolean()).isFalse();
        assertThat(view.get("createdBy").asString()).isEqualTo(carol.id());
        assertThat(names(view)).containsExactly("Ann Example", "Ben Sample");
        assertThat(view.get("seats").get(0).get("player").get("id").isNull()).isTrue();
        assertThat(view.get("result").get("scores").toString()).isEqualTo("[109,9]");
        assertThat(view.get("result").get("reason").asString()).isEqualTo("out");
        assertThat(view.get("result").get("winners").toString()).isEqualTo("[0]");
        assertThat(view.get("challenge").asString()).isEqualTo("five-point");
        List<String> types = new ArrayList<>();
        view.get("moves").forEach(move -> types.add(move.get("type").asString()));
        assertThat(types).containsExactly("place", "place", "place", "challenge", "place", "challenge", "pass",
                "exchange");
        JsonNode phony = view.get("moves").get(4);
        assertThat(phony.get("words").get(0).get("word").asString()).isEqualTo("CHOE");
        assertThat(phony.get("score").asInt()).isEqualTo(15);
        JsonNode withdrawn = view.get("moves").get(5);
        assertThat(withdrawn.get("phony").asBoolean()).isTrue();
        assertThat(withdrawn.get("score").asInt()).isEqualTo(-15);
        assertThat(view.get("moves").get(3).get("score").asInt()).isEqualTo(5);
        assertThat(view.get("moves").get(0).get("rack").asString()).isEqualTo("AEINRST");

        Reply read = ApiPlayer.spectator(http).view(id);
        assertThat(read.body().get("imported").asBoolean()).isTrue();
        assertThat(read.body().get("result").get("scores").toString()).isEqualTo("[109,9]");

        String gcg = carol.get("/api/games/" + id + "/gcg").raw();
        assertThat(gcg).contains("#player1 Ann_Example Ann Example", ">Ben_Sample: ?CEHOQZ 10B CHO. +15 24",
                ">Ben_Sample: ?CEHOQZ -- -15 9", ">Ann_Example:  (challenge) +5 81",
                ">Ann_Example:  (time) -10", ">Ann_Example:  (CEHOZ) +38");
        Reply again = carol.post("/api/games/import", Map.of("gcg", gcg));
        assertThat(again.status()).as(again.raw()).isEqualTo(201);
        assertThat(again.body().get("result").get("scores").toString()).isEqualTo("[109,9]");

        Reply analysis = carol.get("/api/games/" + id + "/analysis");
        assertThat(analysis.status()).as(analysis.raw()).isEqualTo(200);
        JsonNode turns = analysis.body().get("moves");
        assertThat(turns).hasSize(8);
        assertThat(turns.get(0).get("best").get("score").asInt()).isGreaterThanOrEqualTo(66);
        assertThat(turns.get(4).get("played").get("phony").asBoolean()).isTrue();
    }

    @Test
    void theStoredLogRebuildsTheSameGameAsAfterARestart() {
        ApiPlayer dan = ApiPlayer.register(http, "dan");
        String id = dan.post("/api/games/import", Map.of("gcg", RECORD)).body().get("id").asString();

        Table rebuilt = eventLog.game(id).flatMap(game -> eventLog.read(id).collectList()
                .map(events -> rebuild.rebuild(game, events).table())).block();

        assertThat(rebuilt).isNotNull();
        assertThat(rebuilt.setup().imported()).isTrue();
        assertThat(rebuilt.state().scores()).containsExactly(109, 9);
        assertThat(rebuilt.players()).extracting(p -> p.name()).containsExactly("Ann Example", "Ben Sample");
        assertThat(rebuilt.state().turns()).hasSize(8);
        Reply finished = dan.get("/api/games?status=finished");
        List<String> listed = new ArrayList<>();
        finished.body().get("games").forEach(game -> listed.add(game.get("id").asString()));
        assertThat(listed).contains(id);
    }

    @Test
    void unreadableTextIsRefusedWithTheLineAndCreatesNothing() {
        ApiPlayer erin = ApiPlayer.register(http, "erin");
        JsonNode before = erin.get("/api/games?status=finished").body().get("games");
        String unknownPlayer = RECORD.replace(">ben: ?CEOQXZ E8 .X +9 9", ">zed: ?CEOQXZ E8 .X +9 9");
        String offTheBoard = RECORD.replace("E8 .X +9 9", "E8 .XYZZYZZYZZYZZY +9 9");

        Reply refused = erin.post("/api/games/import", Map.of("gcg", unknownPlayer));
        Reply overflowing = erin.post("/api/games/import", Map.of("gcg", offTheBoard));
        Reply noPlayers = erin.post("/api/games/import", Map.of("gcg", "not a record at all"));
        Reply empty = erin.post("/api/games/import", Map.of("gcg", ""));
        Reply notJson = erin.post("/api/games/import", "{\"gcg\": ");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("invalid-gcg");
        assertThat(refused.body().get("line").asInt()).isEqualTo(6);
        assertThat(overflowing.code()).isEqualTo("invalid-gcg");
        assertThat(overflowing.body().get("line").asInt()).isEqualTo(6);
        assertThat(noPlayers.code()).isEqualTo("invalid-gcg");
        assertThat(noPlayers.body().get("line").asInt()).isEqualTo(1);
        assertThat(empty.code()).isEqualTo("invalid-gcg");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("invalid-gcg");
        assertThat(erin.get("/api/games?status=finished").body().get("games")).isEqualTo(before);
    }

    @Test
    void scoresThatPartFromTheRecordAreRefusedAtTheFirstLineWhereTheyPart() {
        ApiPlayer fay = ApiPlayer.register(http, "fay");
        JsonNode before = fay.get("/api/games?status=finished").body().get("games");
        String misscored = RECORD.replace("E8 AXE +10 76", "E8 AXE +12 78");

        Reply refused = fay.post("/api/games/import", Map.of("gcg", misscored));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("gcg-scores-disagree");
        assertThat(refused.body().get("line").asInt()).isEqualTo(7);
        assertThat(refused.body().get("detail").asString()).contains("78", "76");
        assertThat(fay.get("/api/games?status=finished").body().get("games")).isEqualTo(before);
    }

    @Test
    void onlyASignedInCallerImports() {
        Reply refused = ApiPlayer.spectator(http).post("/api/games/import", Map.of("gcg", RECORD));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("unauthenticated");
    }

    private static List<String> names(JsonNode view) {
        List<String> names = new ArrayList<>();
        view.get("seats").forEach(seat -> names.add(seat.get("player").get("name").asString()));
        return names;
    }
}
