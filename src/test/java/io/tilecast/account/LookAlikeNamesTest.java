package io.tilecast.account;

import static io.tilecast.support.Problems.expectProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Names cannot impersonate (issue 22, finding 8): a name that folds to a taken one ({@code AIice}
 * beside {@code Alice}) is {@code 409 name-taken}, decided by the database's index so two machines
 * cannot race past it, and a name that ends in "bot" is {@code 400 invalid-name}.
 */
@IntegrationTest
class LookAlikeNamesTest {

    @Autowired
    WebTestClient http;
    @Autowired
    DatabaseClient database;
    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"AIice", "A1ice", "ALICE", "aiice", "Al1ce"})
    void aNameThatLooksLikeATakenOneIsTaken(String lookAlike) {
        register("Alice").expectStatus().value(status -> assertThat(status).isIn(201, 409));

        expectProblem(register(lookAlike), 409, "name-taken");
    }

    @Test
    void digitsAndLettersThatLookAlikeFoldTogether() {
        register("B0bby_5am").expectStatus().isCreated();

        for (String lookAlike : new String[] {"Bobby-Sam", "BOBBY_SAM", "8obby_5am", "B0bby-5arn"}) {
            expectProblem(register(lookAlike), 409, "name-taken");
        }
        register("Bobby-Tam").expectStatus().isCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Expert-bot", "Expertbot", "steady_BOT", "robot", "Beginner-b0t", "xb0t"})
    void aNameThatPretendsToBeAComputerIsRefused(String name) {
        long before = players();

        expectProblem(register(name), 400, "invalid-name");

        assertThat(players()).isEqualTo(before);
    }

    @Test
    void twoLookAlikesRegisteredAtOnceMakeOnePlayer() {
        List<Integer> statuses = ApiPlayer.registeredAtOnce(port, "Olivia", "0Iivia");

        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AIice", "B0bby_5am", "rnvv", "Zz2", "MixedCase-_19", "Beginner bot"})
    void theCodeFoldsNamesAsTheDatabaseDoes(String name) {
        String inDatabase = database.sql("SELECT player_name_folded(:name) AS folded").bind("name", name)
                .map(row -> row.get("folded", String.class)).one().block();

        assertThat(PlayerName.folded(name)).isEqualTo(inDatabase);
    }

    private WebTestClient.ResponseSpec register(String name) {
        return http.post().uri("/api/players").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name)).exchange();
    }

    private long players() {
        return database.sql("SELECT count(*) AS n FROM players").map(row -> row.get("n", Long.class)).one().block();
    }
}
