package io.tilecast.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the web client in a real headless Chromium. Skipped where Chromium is not
 * installed, unless {@code TILECAST_REQUIRE_BROWSER=1} (as in CI), where that is a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumInstalled.class)
public @interface BrowserTest {
}
