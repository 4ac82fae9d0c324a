package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.TilecastApplication;
import io.tilecast.support.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * The server goes away under an open game page and comes back on the same port and database: the
 * page says it is reconnecting, in a banner beside the board that counts down to the next try,
 * then shows the same position and follows the game live again without a reload.
 */
@BrowserTest
class ReconnectAfterRestartTest {

    /** Fixed, so that the cookie signed before the restart is still valid after it. */
    private static final String SECRET = "reconnect-test-secret-of-at-least-32-bytes";

    private final int port = TestSocketUtils.findAvailableTcpPort();
    private final String database = TestDatabase.fresh().url();
    private final String baseUrl = "http://localhost:" + port;
    private ConfigurableApplicationContext server;
    private WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void thePageReconnectsToTheRestartedServerAndShowsTheSamePosition() {
        server = startServer();
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        Deal deal = Deal.between(ann, ben);
        ann.move(deal.gameId(), Map.of("type", "place", "version", 3, "tiles", Deal.request(deal.opening())));
        browser = Chromium.open();
        ben.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(deal.gameId());
        page.awaitBoard(deal.afterOpening());
        String scores = page.scores();
        String annsClock = page.clock(0);

        assertThat(browser.findElement(By.id("reconnect-banner")).isDisplayed()).isFalse();
        ((JavascriptExecutor) browser).executeScript("window.notReloaded = true");

        server.close();
        page.await(ExpectedConditions.textToBe(By.id("connection"), "Reconnecting…"));
        WebElement banner = browser.findElement(By.id("reconnect-banner"));
        page.await(driver -> banner.isDisplayed() && banner.getText().matches(
                "Reconnecting… your moves are safe\\. Trying again in \\d s\\."));
        assertThat(page.boardUncovered()).as("the banner beside the board, not over it").isTrue();
        page.awaitBoard(deal.afterOpening());
        server = startServer();

        page.waitUntilLive();
        page.await(driver -> !banner.isDisplayed());
        assertThat(((JavascriptExecutor) browser).executeScript("return window.notReloaded")).isEqualTo(true);
        page.awaitBoard(deal.afterOpening());
        assertThat(page.scores()).isEqualTo(scores);
        assertThat(page.clock(0)).as("the clock of the seat not to move stood still").isEqualTo(annsClock);
        assertThat(page.rack()).hasSize(7);
        page.awaitTitle("Your turn");

        ben.move(deal.gameId(), Map.of("type", "place", "version", 4, "tiles", Deal.request(deal.reply())));
        page.awaitBoard(deal.afterReply()); // the stream is live again, not just the snapshot
    }

    private ConfigurableApplicationContext startServer() {
        return new SpringApplicationBuilder(TilecastApplication.class).run(
                "--server.port=" + port,
                "--management.server.port=0",
                "--tilecast.database.url=" + database,
                "--tilecast.auth.secret=" + SECRET);
    }

}
