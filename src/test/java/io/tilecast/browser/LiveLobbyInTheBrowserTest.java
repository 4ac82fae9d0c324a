package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The lobby page follows the live lobby: games appear, move between lists and leave without a reload. */
@IntegrationTest
@BrowserTest
class LiveLobbyInTheBrowserTest extends InOneBrowser {

    @Test
    void aGameAnotherPlayerCreatesAppearsWithoutAReloadAndMovesOnWhenItStarts() {
        Seat watcher = Seat.register(baseUrl, "watcher");
        Seat dan = Seat.register(baseUrl, "dan");
        Seat eve = Seat.register(baseUrl, "eve");
        watcher.signIn(browser);
        browser.get(baseUrl + "/");
        GamePage lobby = new GamePage(browser, baseUrl);
        lobby.await(driver -> !driver.findElements(By.cssSelector("#open li")).isEmpty());
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = true;");

        String gameId = (String) dan.createGame(2, Map.of("initial", 300, "increment", 3, "overtime", 1)).get("id");
        By open = By.cssSelector("#open li[data-game-id='" + gameId + "']");
        lobby.await(driver -> !driver.findElements(open).isEmpty());
        assertThat(browser.findElement(open).getText()).contains("dan", "1 of 2 seats", "5 min + 3 s");

        eve.join(gameId);
        dan.start(gameId);
        By playing = By.cssSelector("#playing li[data-game-id='" + gameId + "']");
        lobby.await(driver -> !driver.findElements(playing).isEmpty() && driver.findElements(open).isEmpty());

        int version = ((Number) dan.game(gameId).get("version")).intValue();
        dan.move(gameId, Map.of("type", "resign", "version", version));
        lobby.await(driver -> driver.findElements(playing).isEmpty());
        assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument === true;")).isEqualTo(true);
    }
}
