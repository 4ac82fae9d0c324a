package io.tilecast.journal;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventAppendedTest {

    /** The journal joins a batch's payloads with this character, so it may never be inside one. */
    @Test
    void aPayloadWithARawRecordSeparatorIsNotJson() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EventAppended("local-x", 1, "moved", "{\"a\":\"\u001e\"}", 1, Instant.now()))
                .withMessageContaining("local-x version 1");
    }

    /** The same holds for a games row's seats and rules, which a batch joins the same way. */
    @Test
    void aGamesRowWithARawRecordSeparatorInItsSeatsIsNotJson() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Games.created("local-y", "ann\u001e", 1))
                .withMessageContaining("local-y");
    }
}
