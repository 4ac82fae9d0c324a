package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A player sits in at most a few games waiting to start: creating or joining one more is refused, and changes nothing. */
@IntegrationTest
@TestPropertySource(properties = "tilecast.play.waiting-games=2")
class WaitingGamesLimitTest {

    @Autowired
    WebTestClient http;

    @Test
    void aPlayerWhoAlreadyWaitsInTheMostGamesCanNeitherCreateNorJoinAnotherUntilOneStarts() {
        ApiPlayer alice = ApiPlayer.register(http, "alice");
        ApiPlayer bob = ApiPlayer.register(http, "bob");
        String first = alice.create(2).body().get("id").asString();
        alice.create(3);

        ApiPlayer.Reply created = alice.create(2);
        assertThat(created.status()).isEqualTo(409);
        assertThat(created.code()).isEqualTo("too-many-waiting-games");
        String bobs = bob.create(2).body().get("id").asString();
        bob.create(2);
        ApiPlayer.Reply joined = bob.join(first);
        assertThat(joined.status()).isEqualTo(409);
        assertThat(joined.code()).isEqualTo("too-many-waiting-games");
        assertThat(alice.view(first).body().get("seats")).hasSize(1);

        assertThat(alice.join(bobs).status()).as("alice still waits in two games").isEqualTo(409);
        assertThat(bob.start(bobs).status()).as("one seat is not enough to start").isEqualTo(409);
        ApiPlayer carol = ApiPlayer.register(http, "carol");
        assertThat(carol.join(first).status()).isEqualTo(200);
        assertThat(alice.start(first).status()).isEqualTo(200);
        assertThat(alice.create(2).status()).as("a started game no longer counts").isEqualTo(201);
    }

    @Test
    void aGameCalledOffNoLongerCountsAsWaiting() {
        ApiPlayer dave = ApiPlayer.register(http, "dave");
        String first = dave.create(2).body().get("id").asString();
        dave.create(2);
        assertThat(dave.create(2).status()).isEqualTo(409);

        assertThat(dave.send(HttpMethod.DELETE, "/api/games/" + first, null).status()).isEqualTo(204);
        assertThat(dave.create(2).status()).as("a cancelled game no longer counts").isEqualTo(201);
        assertThat(dave.create(2).status()).as("but the two that wait do").isEqualTo(409);
    }
}
