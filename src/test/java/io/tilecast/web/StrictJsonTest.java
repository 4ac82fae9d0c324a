package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Bodies are read as written: no number from a string, no whole number from a fraction, no string from a number. */
class StrictJsonTest {

    private final JsonMapper json = strict();

    @ParameterizedTest
    @ValueSource(strings = {"{\"seats\": \"3\"}", "{\"seats\": \"\"}", "{\"seats\": \"\\u0000\"}", "{\"seats\": 2.5}",
            "{\"seats\": 3.0}", "{\"lexicon\": 5}", "{\"lexicon\": true}", "{\"seats\": 2, \"seats\": 3}"})
    void aValueOfTheWrongKindIsMalformed(String body) {
        assertThatThrownBy(() -> json.readValue(body, GameRequests.Create.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void valuesOfTheRightKindAreRead() {
        GameRequests.Create create = json.readValue("{\"seats\": 3, \"lexicon\": \"english\"}", GameRequests.Create.class);

        assertThat(create.seats()).isEqualTo(3);
        assertThat(create.lexicon()).isEqualTo("english");
    }

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }
}
