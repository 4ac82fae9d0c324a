package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Rematch button on a finished game takes both players to the same new game. */
@IntegrationTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RematchInTheBrowserTest {

    @LocalServerPort
    int port;

    private String baseUrl;
    private WebDriver first;
    private WebDriver second;

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

    @Test
    void oneClickTakesBothPlayersToTheRematch() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        String old = (String) ann.createGame(2).get("id");
        ben.join(old);
        int version = ((Number) ann.start(old).get("version")).intValue();
        ann.move(old, Map.of("type", "resign", "version", version));
        ann.signIn(first);
        ben.signIn(second);
        GamePage annPage = new GamePage(first, baseUrl);
        first.get(baseUrl + "/games/" + old);
        second.get(baseUrl + "/games/" + old);
        GamePage benPage = new GamePage(second, baseUrl);
        benPage.await(ExpectedConditions.visibilityOfElementLocated(By.id("rematch")));

        annPage.await(ExpectedConditions.elementToBeClickable(By.id("rematch"))).click();

        annPage.await(driver -> !driver.getCurrentUrl().endsWith(old));
        String rematch = first.getCurrentUrl().substring(first.getCurrentUrl().lastIndexOf('/') + 1);
        benPage.await(driver -> driver.getCurrentUrl().endsWith("/games/" + rematch));
        annPage.waitUntilLive();
        benPage.waitUntilLive();
        annPage.await(driver -> driver.findElements(By.cssSelector("#scores tbody tr")).size() == 2);
        assertThat(second.findElement(By.id("scores")).getText()).contains("ann", "ben");
        annPage.await(ExpectedConditions.elementToBeClickable(By.id("start")));
    }
}
