package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Browser tests run with Chromium, are skipped without it, and fail without it when CI requires them. */
class ChromiumInstalledTest {

    @Test
    void browserTestsRunWhereChromiumIsInstalled() {
        var condition = new ChromiumInstalled(() -> true, Map.<String, String>of()::get);

        assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isFalse();
    }

    @Test
    void browserTestsAreSkippedWithoutChromium() {
        var condition = new ChromiumInstalled(() -> false, Map.<String, String>of()::get);

        assertThat(condition.evaluateExecutionCondition(null).isDisabled()).isTrue();
    }

    @Test
    void browserTestsFailWithoutChromiumWhenRequired() {
        var condition = new ChromiumInstalled(() -> false, Map.of("TILECAST_REQUIRE_BROWSER", "1")::get);

        assertThatThrownBy(() -> condition.evaluateExecutionCondition(null))
                .hasMessageContaining("TILECAST_REQUIRE_BROWSER=1");
    }
}
