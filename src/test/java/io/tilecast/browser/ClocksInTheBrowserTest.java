package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The clocks on the game page: the running one ticks down in the browser between events, and a
 * move sends it to the other side; how a clock reads in overtime and when it is short.
 */
@IntegrationTest
@BrowserTest
class ClocksInTheBrowserTest extends InOneBrowser {

    private Seat ann;
    private Seat ben;

    @BeforeAll
    void registerPlayers() {
        ann = Seat.register(baseUrl, "ann");
        ben = Seat.register(baseUrl, "ben");
    }

    @Test
    void theRunningClockTicksAndChangesSidesAfterAMove() {
        String gameId = (String) ann.createGame(2, Map.of("initial", 300, "increment", 0, "overtime", 1)).get("id");
        ben.join(gameId);
        int version = ((Number) ann.start(gameId).get("version")).intValue();
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(gameId);

        page.await(driver -> clock(0).getDomAttribute("class").contains("running"));
        assertThat(clock(1).getDomAttribute("class")).doesNotContain("running");
        assertThat(clock(1).getText()).isEqualTo("5:00");
        String annBefore = clock(0).getText();
        page.await(driver -> !clock(0).getText().equals(annBefore));

        ann.move(gameId, Map.of("type", "pass", "version", version));

        page.await(driver -> clock(1).getDomAttribute("class").contains("running"));
        assertThat(clock(0).getDomAttribute("class")).doesNotContain("running");
        String annAfter = clock(0).getText();
        String benBefore = clock(1).getText();
        page.await(driver -> !clock(1).getText().equals(benBefore));
        assertThat(clock(0).getText()).isEqualTo(annAfter);
        Screenshots.both(browser, "timed-game");
    }

    @Test
    void aClockReadsInWholeSecondsShowsOvertimeWithAMinusAndIsRedUnderThirtySeconds() {
        ann.signIn(browser);
        browser.get(baseUrl + "/");
        @SuppressWarnings("unchecked")
        List<Object> shown = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/clocks.js').then(({ formatClock, renderClocks }) => {
                  const table = document.createElement('table');
                  table.innerHTML = '<tr><td data-clock-seat="0"></td><td data-clock-seat="1"></td></tr>';
                  const clocks = { remaining: (seat) => [29_000, -12_000][seat], runningSeat: () => 1 };
                  renderClocks(clocks, table);
                  const [short, over] = table.querySelectorAll('td');
                  done([formatClock(734_512), formatClock(4_000_000), formatClock(-12_000), formatClock(-400),
                        short.textContent, short.className, over.textContent, over.className]);
                });""");
        assertThat(shown).containsExactly("12:15", "1:06:40", "-0:12", "0:00", "0:29", "low", "-0:12",
                "running low overtime");
    }

    private WebElement clock(int seat) {
        return browser.findElement(By.cssSelector("#scores td[data-clock-seat='" + seat + "']"));
    }
}
