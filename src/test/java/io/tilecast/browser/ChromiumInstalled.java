package io.tilecast.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests where Chromium is installed; where CI requires them, a missing one fails. */
final class ChromiumInstalled implements ExecutionCondition {

    static final String REQUIRE = "TILECAST_REQUIRE_BROWSER";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.installed()) {
            return ConditionEvaluationResult.enabled("Chromium is at " + Chromium.BINARY);
        }
        if ("1".equals(System.getenv(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=1 but " + Chromium.BINARY + " or " + Chromium.DRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        return ConditionEvaluationResult.disabled("No Chromium at " + Chromium.BINARY + " (set " + REQUIRE
                + "=1 to make that a failure)");
    }
}
