package io.tilecast.play.hosting;

import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Requests for games this process does not hold go to the machine whose lease says it hosts them. */
@IntegrationTest
class LeaseLocatorTest {

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient primary;

    @BeforeEach
    void aPlayer() {
        primary.sql("INSERT INTO players (id, name) VALUES ('p1', 'pat') ON CONFLICT DO NOTHING").then().block();
    }

    @Test
    void aGameLeasedToAnotherMachineOfThisRegionIsReplayedToThatMachine() {
        game("local-AAAAAAAAAAAAAAAA", "local", "machine-b", "now() + interval '30 seconds'");

        http.post().uri("/api/games/local-AAAAAAAAAAAAAAAA/join").exchange()
                .expectStatus().isEqualTo(307)
                .expectHeader().valueEquals("fly-replay", "instance=machine-b");
    }

    @Test
    void aGameOfAnotherRegionGoesStraightToItsHostWhenItsLeaseIsKnown() {
        game("syd-BBBBBBBBBBBBBBBB", "syd", "machine-syd-2", "now() + interval '30 seconds'");

        http.get().uri("/api/games/syd-BBBBBBBBBBBBBBBB/events").exchange()
                .expectStatus().isEqualTo(307)
                .expectHeader().valueEquals("fly-replay", "instance=machine-syd-2");
    }

    @Test
    void aGameOfAnotherRegionWithoutALiveLeaseGoesToThatRegion() {
        game("syd-CCCCCCCCCCCCCCCC", "syd", "machine-syd-1", "now() - interval '1 second'");

        http.post().uri("/api/games/syd-CCCCCCCCCCCCCCCC/moves").exchange()
                .expectStatus().isEqualTo(307)
                .expectHeader().valueEquals("fly-replay", "region=syd");
    }

    private void game(String id, String region, String machine, String expiry) {
        primary.sql("INSERT INTO games (id, region, host_machine, lease_expires_at, lease_epoch, status, seat_count,"
                        + " created_by, lexicon, seed) VALUES (:id, :region, :machine, " + expiry
                        + ", 1, 'waiting', 2, 'p1', 'english', 7)")
                .bind("id", id).bind("region", region).bind("machine", machine).then().block();
    }
}
