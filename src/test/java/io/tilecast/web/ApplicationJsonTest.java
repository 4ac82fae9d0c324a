package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tilecast.play.host.MoveCommand;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/** The application's mapper makes records through Blackbird's generated code, and still reads bodies strictly. */
class ApplicationJsonTest {

    private final ApplicationContextRunner application = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withBean(StrictJson.class);

    @Test
    void theMapperHasBlackbird() {
        application.run(context -> assertThat(context.getBean(JsonMapper.class).registeredModules())
                .anyMatch(BlackbirdModule.class::isInstance));
    }

    @Test
    void aMoveAndItsTilesAreReadThroughIt() {
        application.run(context -> {
            GameRequests.Move move = context.getBean(JsonMapper.class).readValue("""
                    {"type": "place", "version": 7, "tiles": [{"row": 7, "col": 7, "letter": "Q"},
                     {"row": 7, "col": 8, "letter": "I", "blank": true}]}""", GameRequests.Move.class);

            assertThat(move.type()).isEqualTo("place");
            assertThat(move.version()).isEqualTo(7);
            assertThat(move.tiles()).containsExactly(new MoveCommand.TileCommand(7, 7, "Q", null),
                    new MoveCommand.TileCommand(7, 8, "I", true));
            assertThat(move.letters()).isNull();
        });
    }

    @Test
    void aMemberGivenTwiceIsStillMalformed() {
        application.run(context -> assertThatThrownBy(() -> context.getBean(JsonMapper.class)
                .readValue("{\"type\": \"pass\", \"type\": \"place\", \"version\": 1}", GameRequests.Move.class))
                .isInstanceOf(JacksonException.class));
    }
}
