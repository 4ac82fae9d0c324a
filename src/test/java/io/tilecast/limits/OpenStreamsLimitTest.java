package io.tilecast.limits;

import static io.tilecast.limits.Clients.assertRateLimited;
import static io.tilecast.limits.Clients.at;
import static io.tilecast.limits.Clients.events;
import static io.tilecast.limits.Clients.refusals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.EventStream;
import io.tilecast.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A player, and an address, hold at most so many live streams open at once; an ended one frees its place. */
@IntegrationTest
@TestPropertySource(properties = {"tilecast.limits.open-streams-per-player=2",
        "tilecast.limits.open-streams-per-address=3"})
class OpenStreamsLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    MeterRegistry meters;

    private final List<EventStream> streams = new ArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(EventStream::close);
    }

    @Test
    void aPlayerHoldsUpToTheirMostAndAClosedStreamFreesItsPlace() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        String game = alice.create(2).body().get("id").asString();
        EventStream first = open(game, alice.token(), "192.0.2.10");
        open(game, alice.token(), "192.0.2.11");
        double refused = refusals(meters, "open-streams", "player");

        ApiPlayer.Reply third = ApiPlayer.withToken(at(http, "192.0.2.12"), alice).get(events(game));

        assertRateLimited(third);
        assertThat(third.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(refusals(meters, "open-streams", "player")).isEqualTo(refused + 1);
        first.close();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> opens(game, alice.token(), "192.0.2.12"));
    }

    @Test
    void anAddressHoldsUpToItsMostWhileOthersAreNotTouched() {
        String game = ApiPlayer.register(http, "bob").create(2).body().get("id").asString();
        for (int i = 0; i < 3; i++) {
            open(game, null, "192.0.2.20");
        }
        double refused = refusals(meters, "open-streams", "address");

        assertRateLimited(ApiPlayer.spectator(at(http, "192.0.2.20")).get(events(game)));

        assertThat(refusals(meters, "open-streams", "address")).isEqualTo(refused + 1);
        open(game, null, "192.0.2.21");
    }

    /** Lobby pages are live streams too (issue 22, finding 2): they count against the same most. */
    @Test
    void lobbyPagesCountAgainstTheMostAsGameStreamsDo() {
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        String game = carol.create(2).body().get("id").asString();
        for (int i = 0; i < 2; i++) {
            EventStream lobby = EventStream.openPath(port, "/api/lobby/events", carol.token());
            streams.add(lobby);
            lobby.await("snapshot");
        }

        assertRateLimited(carol.get("/api/lobby/events"));
        assertRateLimited(carol.get(events(game)));
    }

    private EventStream open(String game, String token, String address) {
        EventStream stream = EventStream.openFrom(port, game, token, address);
        streams.add(stream);
        stream.await("snapshot");
        return stream;
    }

    /** Whether a stream opens (its snapshot comes) rather than being refused (its answer ends). */
    private boolean opens(String game, String token, String address) {
        EventStream stream = EventStream.openFrom(port, game, token, address);
        streams.add(stream);
        await().atMost(Duration.ofSeconds(10)).until(() -> snapshot(stream) || stream.awaitEnd(Duration.ZERO));
        return snapshot(stream);
    }

    private static boolean snapshot(EventStream stream) {
        return stream.events().stream().anyMatch(event -> event.type().equals("snapshot"));
    }
}
