package io.tilecast.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.database.DatabaseUrl;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.RunningServer;
import io.tilecast.support.TestDatabase;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A game is found from every machine of its region the moment it is created, before the journal
 * has written its row: its id names the machine that created it, and the other machine sends the
 * request there with {@code fly-replay: prefer_instance=}.
 */
class NoNotFoundAfterCreateTest {

    private static final int ATTEMPTS = 200;

    @Test
    void commandsStreamsAndViewsSentToTheOtherMachineRightAfterCreateReachTheCreator() {
        DatabaseUrl database = TestDatabase.fresh();
        // One player creates 200 games here, far more than the limits let a player create in an hour.
        try (RunningServer a = RunningServer.start(database, "tilecast.fly.machine-id=a", "tilecast.limits.enabled=false");
             RunningServer b = RunningServer.start(database, "tilecast.fly.machine-id=b", "tilecast.limits.enabled=false")) {
            ApiPlayer alice = ApiPlayer.register(a.http(), "alice");
            ApiPlayer bob = ApiPlayer.register(a.http(), "bob");
            Map<String, Integer> answersFromB = new TreeMap<>();

            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String id = alice.create(2).body().get("id").asString();
                for (var request : new Object[][] {
                        {HttpMethod.GET, "/api/games/" + id + "/events"},
                        {HttpMethod.GET, "/api/games/" + id},
                        {HttpMethod.POST, "/api/games/" + id + "/join"}}) {
                    WebTestClient.ResponseSpec fromB = send(b.http(), (HttpMethod) request[0], (String) request[1],
                            bob.token(), null);
                    var result = fromB.returnResult(String.class);
                    String replay = result.getResponseHeaders().getFirst("fly-replay");
                    String answer = result.getStatus().value() + " " + replay;
                    answersFromB.merge(request[0] + " " + answer, 1, Integer::sum);
                    if (request[0] == HttpMethod.GET && !((String) request[1]).endsWith("/events")
                            && result.getStatus() == HttpStatus.OK) {
                        continue; // a view, served from the database once the journal has written the row
                    }
                    assertThat(result.getStatus()).as(answer).isEqualTo(HttpStatus.TEMPORARY_REDIRECT);
                    assertThat(replay).isIn("prefer_instance=a", "instance=a");
                }
                // fly replays the join to the machine named: it seats bob.
                send(a.http(), HttpMethod.POST, "/api/games/" + id + "/join", bob.token(), "instance=b;region=local")
                        .expectStatus().isOk();
                assertThat(alice.start(id).status()).isEqualTo(200);
            }
            System.out.println("Answers from the machine that did not create the game: " + answersFromB);
        }
    }

    private static WebTestClient.ResponseSpec send(WebTestClient http, HttpMethod method, String path, String token,
                                                   String replaySource) {
        var request = http.method(method).uri(path).accept(MediaType.ALL).header("Authorization", "Bearer " + token);
        if (replaySource != null) {
            request.header("fly-replay-src", replaySource);
        }
        return request.exchange();
    }
}
