package io.tilecast.browser;

import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs browser tests where Chromium is installed; where CI requires them, a missing one fails. */
final class ChromiumInstalled implements ExecutionCondition {

    static final String REQUIRE = "TILECAST_REQUIRE_BROWSER";

    private final BooleanSupplier installed;
    private final UnaryOperator<String> environment;

    ChromiumInstalled() {
        this(Chromium::installed, System::getenv);
    }

    ChromiumInstalled(BooleanSupplier installed, UnaryOperator<String> environment) {
        this.installed = installed;
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (installed.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("Chromium is at " + Chromium.BINARY);
        }
        if ("1".equals(environment.apply(REQUIRE))) {
            throw new IllegalStateException(REQUIRE + "=1 but " + Chromium.BINARY + " or " + Chromium.DRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        return ConditionEvaluationResult.disabled("No Chromium at " + Chromium.BINARY + " (set " + REQUIRE
                + "=1 to make that a failure)");
    }
}
