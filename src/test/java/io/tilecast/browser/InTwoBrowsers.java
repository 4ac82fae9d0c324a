package io.tilecast.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test class whose cases share two headless Chromiums, one per player, opened before them and closed after. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTwoBrowsers {

    @LocalServerPort
    int port;

    String baseUrl;
    WebDriver first;
    WebDriver second;

    @BeforeAll
    void openBrowsers() {
        baseUrl = "http://localhost:" + port;
        first = Chromium.open();
        second = Chromium.open();
    }

    @AfterAll
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {first, second}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }
}
