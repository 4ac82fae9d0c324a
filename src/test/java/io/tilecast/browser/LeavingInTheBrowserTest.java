package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import io.tilecast.support.TestClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.context.annotation.Import;

/**
 * A player leaves: the other page shows them away and, once they have been away for claim-after,
 * offers "Claim the win"; and a game can be aborted from the page before everyone has moved. The
 * server's time is moved on by the test.
 */
@IntegrationTest
@BrowserTest
@Import(TestClock.Installed.class)
class LeavingInTheBrowserTest extends InOneBrowser {

    private static final TestClock clock = TestClock.SHARED;

    private Seat ann;
    private Seat ben;

    @BeforeAll
    void registerPlayers() {
        ann = Seat.register(baseUrl, "ann");
        ben = Seat.register(baseUrl, "ben");
    }

    @Test
    void whenOnePageClosesTheOtherShowsThePlayerAwayAndLaterClaimsTheWin() {
        String gameId = startedGame();
        WebDriver annsBrowser = Chromium.open();
        try {
            ann.signIn(annsBrowser);
            new GamePage(annsBrowser, baseUrl).open(gameId);
            ben.signIn(browser);
            GamePage page = new GamePage(browser, baseUrl).open(gameId);
            assertThat(page.presence(0)).isEqualTo("here");
            assertThat(claim().isDisplayed()).isFalse();
        } finally {
            annsBrowser.quit();
        }
        GamePage page = new GamePage(browser, baseUrl);

        page.await(driver -> {
            clock.advance(Duration.ofSeconds(1)); // past the grace period, a second at a time
            return page.presence(0).startsWith("away");
        });
        assertThat(page.presence(1)).isEqualTo("here");
        assertThat(claim().isDisplayed()).isTrue();
        assertThat(claim().isEnabled()).isFalse();
        assertThat(claim().getText()).startsWith("Claim the win in");
        Screenshots.both(browser, "opponent-away");

        clock.advance(Duration.ofSeconds(60));
        page.await(driver -> claim().isEnabled() && claim().getText().equals("Claim the win"));
        claim().click();

        page.await(driver -> page.text("result").contains("wins"));
        assertThat(page.text("result")).contains("ben").contains("a claim against a player who had left");
        assertThat(page.scores()).contains("ann — left");
    }

    @Test
    void aPlayerAbortsFromThePageBeforeEveryoneHasMoved() {
        String gameId = startedGame();
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(gameId);
        WebElement abort = browser.findElement(By.id("abort"));
        page.await(driver -> abort.isDisplayed());

        abort.click();
        page.confirm();

        page.await(driver -> page.text("result").contains("Nobody wins."));
        assertThat(abort.isDisplayed()).isFalse();
        page.awaitHistory("aborted the game");
    }

    @Test
    void abortIsNoLongerOfferedOnceEveryoneHasMoved() {
        String gameId = startedGame();
        int version = ((Number) ann.game(gameId).get("version")).intValue();
        ann.move(gameId, java.util.Map.of("type", "pass", "version", version));
        ben.move(gameId, java.util.Map.of("type", "pass", "version", version + 1));
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(gameId);
        page.awaitHistory("passed");

        assertThat(browser.findElement(By.id("abort")).isDisplayed()).isFalse();
    }

    @Test
    void inAnUntimedGameThePageSaysSinceWhenAndTheOtherPlayerNudges() {
        String gameId = (String) ann.createGame(2, (Map<String, Integer>) null).get("id");
        ben.join(gameId);
        ann.start(gameId);
        ben.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(gameId);
        page.await(driver -> page.text("turn").startsWith("ann's turn since "));
        WebElement nudge = browser.findElement(By.id("nudge"));
        assertThat(nudge.isDisplayed()).isTrue();

        nudge.click();
        page.awaitMessage("You nudged ann.");
        nudge.click();
        page.awaitMessage("You already nudged them today.");
    }

    private String startedGame() {
        String gameId = (String) ann.createGame(2).get("id");
        ben.join(gameId);
        ann.start(gameId);
        return gameId;
    }

    private WebElement claim() {
        return browser.findElement(By.id("claim"));
    }
}
