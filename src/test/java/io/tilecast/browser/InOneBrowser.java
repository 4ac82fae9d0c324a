package io.tilecast.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test class whose cases share one headless Chromium, opened before them and closed after. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InOneBrowser {

    @LocalServerPort
    int port;

    String baseUrl;
    WebDriver browser;

    @BeforeAll
    void openBrowser() {
        baseUrl = "http://localhost:" + port;
        browser = Chromium.open();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
