package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.gcg.GcgReader;
import io.tilecast.game.gcg.GcgRecord;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.search.WordFinder;
import io.tilecast.support.ApiPlayer.Reply;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two players play a whole game over HTTP, finding real words for their racks, while a spectator
 * and the second player watch the live streams. What the streams built up is what the game is.
 */
@IntegrationTest
class CompleteGameTest {

    private static final Pattern RACK = Pattern.compile("\"rack\":\"([A-Z?]*)\"");
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Test
    void twoPlayersPlayAGameToTheEndWhileTheStreamsFollowEveryEvent() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String game = alice.create(2).body().get("id").asString();
        EventStream spectator = EventStream.open(port, game, null);
        EventStream bobsStream = EventStream.open(port, game, bob.token());
        spectator.await("snapshot");
        bobsStream.await("snapshot");
        assertThat(bob.join(game).status()).isEqualTo(200);
        assertThat(alice.start(game).status()).isEqualTo(200);

        Set<String> aliceRacks = new HashSet<>();
        Set<String> bobRacks = new HashSet<>();
        boolean exchangeRefusedOnSmallBag = false;
        JsonNode view = alice.view(game).body();
        for (int turn = 0; turn < 300 && !view.get("status").asString().equals("finished"); turn++) {
            ApiPlayer mover = view.get("turn").asInt() == 0 ? alice : bob;
            JsonNode mine = mover.view(game).body();
            String rack = mine.get("rack").asString();
            (mover == alice ? aliceRacks : bobRacks).add(rack);
            int version = mine.get("version").asInt();
            if (!exchangeRefusedOnSmallBag && mine.get("bag").asInt() < 7 && mine.get("bag").asInt() > 0) {
                Reply refused = mover.exchange(game, version, rack.substring(0, 1));
                assertThat(refused.status()).isEqualTo(422);
                assertThat(refused.code()).isEqualTo("bag-too-small");
                assertThat(mover.view(game).body().get("version").asInt()).isEqualTo(version);
                exchangeRefusedOnSmallBag = true;
            }
            Optional<List<Placement>> play = WordFinder.play(ApiPlayer.board(mine), rack, Lexicon.english());
            Reply ack = play.isPresent() ? mover.place(game, version, play.get()) : mover.pass(game, version);
            assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
            (mover == alice ? aliceRacks : bobRacks).add(ack.body().get("rack").asString());
            view = alice.view(game).body();
        }

        assertThat(view.get("status").asString()).isEqualTo("finished");
        EventStream.Event ended = spectator.await("ended");
        bobsStream.await("ended");

        List<EventStream.Event> seen = spectator.events();
        assertThat(consecutiveIds(seen)).as("ids after the snapshot are consecutive").isTrue();
        assertThat(Integer.parseInt(ended.id())).isEqualTo(view.get("version").asInt());
        JsonNode lastMove = json.readTree(seen.stream().filter(e -> e.type().equals("moved")).toList().getLast().data());
        assertThat(lastMove.get("board")).isEqualTo(view.get("board"));
        assertThat(json.readTree(ended.data()).get("result")).isEqualTo(view.get("result"));
        long movesStreamed = seen.stream().filter(e -> e.type().equals("moved")).count();
        assertThat(movesStreamed).isEqualTo(view.get("moves").size());

        GcgRecord record = GcgReader.read(alice.get("/api/games/" + game + "/gcg").raw(), Lexicon.english());
        assertThat(record.players()).containsExactly(alice.name(), bob.name());
        assertThat(record.scoreMismatches()).isEmpty();
        assertThat(record.finalTotals()).containsExactly(view.get("result").get("scores").get(0).asInt(),
                view.get("result").get("scores").get(1).asInt());

        assertThat(exchangeRefusedOnSmallBag).isTrue();
        // The racks left at the end are public (the result's adjustments); no other rack may reach them.
        String spectatorSaw = withoutEndOfGameRacks(spectator.raw());
        String bobSaw = withoutEndOfGameRacks(bobsStream.raw());
        assertThat(spectatorSaw).doesNotContain("\"rack\"");
        assertThat(bobRacks).containsAll(racksIn(bobSaw));
        for (String rack : aliceRacks) {
            if (!bobRacks.contains(rack)) {
                assertThat(bobSaw).doesNotContain("\"rack\":\"" + rack + "\"");
            }
        }
        spectator.close();
        bobsStream.close();
    }

    private static boolean consecutiveIds(List<EventStream.Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (Integer.parseInt(events.get(i).id()) != Integer.parseInt(events.get(i - 1).id()) + 1) {
                return false;
            }
        }
        return true;
    }

    private static String withoutEndOfGameRacks(String raw) {
        return raw.replaceAll("\"adjustments\":\\[[^\\]]*\\]", "");
    }

    private static Set<String> racksIn(String raw) {
        Set<String> racks = new HashSet<>();
        Matcher matcher = RACK.matcher(raw);
        while (matcher.find()) {
            racks.add(matcher.group(1));
        }
        return racks;
    }

}
