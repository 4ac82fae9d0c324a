package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import io.tilecast.support.StartedGame;
import io.tilecast.web.GameImportTestRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A player imports a record through the Import GCG page, lands in the replay viewer, steps through it with the arrow
 * keys (each turn's racks and scores, the best play marked), and opens one turn by its link; a game played here is
 * replayed from its own page.
 */
@IntegrationTest
@BrowserTest
class ReplayInTheBrowserTest extends InOneBrowser {

    @Autowired
    WebTestClient http;

    @Test
    void anImportedRecordIsSteppedThroughWithTheKeysAndEachTurnHasItsLink() {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/");
        GamePage page = new GamePage(browser, baseUrl);
        page.await(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys("ivy", Keys.ENTER);
        page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "ivy"));
        browser.findElement(By.id("import-link")).click();
        page.await(ExpectedConditions.visibilityOfElementLocated(By.id("gcg"))).sendKeys(GameImportTestRecord.TEXT);
        browser.findElement(By.cssSelector("#import-form button[type='submit']")).click();

        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 0 of 8: Ann Example to move"));
        assertThat(browser.getCurrentUrl()).contains("/replay.html?id=").endsWith("&turn=0");
        assertThat(rows()).containsExactly(List.of("Ann Example", "0", "AEINRST"), List.of("Ben Sample", "0", "?CEOQXZ"));
        page.await(driver -> !driver.findElements(By.cssSelector("#board .square.best-play")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#board .square.best-play")).size()).isGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("replay-best")).getText()).startsWith("Best play: ");

        key(Keys.ARROW_RIGHT);
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 1 of 8: Ben Sample to move"));
        assertThat(rows()).containsExactly(List.of("Ann Example", "66", "ABDEFGL"), List.of("Ben Sample", "0", "?CEOQXZ"));
        assertThat(browser.findElements(By.cssSelector("#board .square.filled"))).hasSize(7);
        for (int step = 0; step < 4; step++) {
            key(Keys.ARROW_RIGHT);
        }
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 5 of 8: Ann Example to move"));
        page.await(driver -> rows().equals(List.of(List.of("Ann Example", "81", "ABDFGLM"),
                List.of("Ben Sample", "24", "?EQZ"))));
        assertThat(browser.findElement(By.id("replay-move")).getText()).contains("CHOE", "came off");
        key(Keys.ARROW_LEFT);
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 4 of 8: Ben Sample to move"));
        key(Keys.END);
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "The end (8 turns)"));
        page.await(driver -> rows().equals(List.of(List.of("Ann Example", "109", ""),
                List.of("Ben Sample", "9", "CEHOZ"))));

        String link = browser.findElement(By.cssSelector("#replay-turns li[data-turn='6'] a")).getAttribute("href");
        assertThat(link).endsWith("&turn=6");
        browser.get(link);
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 6 of 8: Ann Example to move"));
        page.await(driver -> rows().equals(List.of(List.of("Ann Example", "81", "ABDFGLM"),
                List.of("Ben Sample", "9", "?CEHOQZ"))));
        assertThat(browser.findElement(By.id("sq-9-1")).getAttribute("class")).doesNotContain("filled");
        browser.findElement(By.id("replay-prev")).click();
        page.await(ExpectedConditions.textToBe(By.id("replay-position"), "Turn 5 of 8: Ann Example to move"));
        assertThat(browser.findElement(By.id("sq-9-1")).getAttribute("class")).contains("filled");
    }

    @Test
    void aGamePlayedHereIsReplayedFromItsPage() {
        StartedGame game = StartedGame.start(http);
        game.playOne();
        game.passesToTheEnd();
        JsonNode moves = game.alice().view(game.id()).body().get("moves");

        GamePage page = new GamePage(browser, baseUrl);
        browser.get(baseUrl + "/games/" + game.id());
        page.await(ExpectedConditions.elementToBeClickable(By.id("replay-link"))).click();

        page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("replay-position"),
                "Turn 0 of " + moves.size()));
        page.await(driver -> rows().size() == 2
                && rows().get(0).get(2).equals(moves.get(0).get("rack").asString()));
        key(Keys.ARROW_RIGHT);
        page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("replay-position"),
                "Turn 1 of " + moves.size()));
        page.await(driver -> rows().get(0).get(1).equals(String.valueOf(moves.get(0).get("score").asInt()))
                && rows().get(1).get(2).equals(moves.get(1).get("rack").asString()));
    }

    private void key(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private List<List<String>> rows() {
        return browser.findElements(By.cssSelector("#replay-scores tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .toList();
    }
}
