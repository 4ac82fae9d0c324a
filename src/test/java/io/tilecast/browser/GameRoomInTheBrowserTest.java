package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Placement;
import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The game room's small things in two browsers: tiles put down during the opponent's turn, kept or sent back; a waiting
 * game cancelled from the lobby; a visitor's clean console; a game played from the keyboard alone; a phone's layout.
 */
@IntegrationTest
@BrowserTest
class GameRoomInTheBrowserTest extends InTwoBrowsers {

    @Test
    void aPremoveOnFreeSquaresIsKeptAndGoesInWhenTheTurnComes() {
        Seat ann = Seat.register(baseUrl, "ann1");
        Seat ben = Seat.register(baseUrl, "ben2");
        Deal deal = Deal.between(ann, ben);
        ben.signIn(second);
        GamePage page = new GamePage(second, baseUrl).open(deal.gameId());
        page.await(driver -> page.text("turn").endsWith("'s turn."));

        Typing.type(page, deal.reply());
        page.await(ExpectedConditions.textToBe(By.id("play"), "Play on my turn"));
        page.play();
        page.await(ExpectedConditions.textToBe(By.id("play"), "Queued: cancel"));
        page.awaitMessage("as soon as it is your turn");
        ann.move(deal.gameId(), Map.of("type", "place", "version", ann.game(deal.gameId()).get("version"),
                "tiles", Deal.request(deal.opening())));

        page.awaitBoard(deal.afterReply());
        page.awaitHistory(Deal.word(deal.reply()).substring(0, 1));
        assertThat(Seat.board(ben.game(deal.gameId()))).isEqualTo(deal.afterReply());
    }

    @Test
    void aPremoveTheOpponentCoversGoesBackToTheRack() {
        Seat ann = Seat.register(baseUrl, "ann3");
        Seat ben = Seat.register(baseUrl, "ben4");
        Deal deal = Deal.between(ann, ben);
        ben.signIn(second);
        GamePage page = new GamePage(second, baseUrl).open(deal.gameId());
        char letter = page.rack().replace("?", "").charAt(0);
        Placement covered = deal.opening().getFirst();
        page.click(Placement.tile(covered.row(), covered.col(), letter));
        assertThat(second.findElements(By.cssSelector("#rack .rack-tile.used"))).hasSize(1);

        ann.move(deal.gameId(), Map.of("type", "place", "version", ann.game(deal.gameId()).get("version"),
                "tiles", Deal.request(deal.opening())));

        page.awaitBoard(deal.afterOpening());
        page.awaitMessage("back on your rack");
        assertThat(second.findElements(By.cssSelector("#rack .rack-tile.used"))).isEmpty();
        assertThat(second.findElements(By.cssSelector(".tile.tentative"))).isEmpty();
        page.await(driver -> page.text("turn").startsWith("Your turn"));
    }

    @Test
    void theCreatorCancelsAWaitingGameFromTheLobby() {
        Seat ann = Seat.register(baseUrl, "ann5");
        String gameId = (String) ann.createGame(2).get("id");
        ann.signIn(first);
        first.get(baseUrl + "/");
        GamePage lobby = new GamePage(first, baseUrl);
        By cancel = By.cssSelector("#mine li[data-game-id='" + gameId + "'] button.cancel-game");
        lobby.await(ExpectedConditions.elementToBeClickable(cancel)).click();

        lobby.await(driver -> driver.findElements(By.cssSelector("li[data-game-id='" + gameId + "']")).isEmpty());
        assertThat(ann.game(gameId).get("status")).isEqualTo("cancelled");
        first.get(baseUrl + "/games/" + gameId);
        lobby.await(ExpectedConditions.textToBePresentInElementLocated(By.id("turn"), "cancelled"));
    }

    @Test
    void aVisitorsLobbyLogsNoError() {
        second.get(baseUrl + "/css/tilecast.css");
        second.manage().deleteAllCookies();
        Chromium.console(second); // what earlier pages logged
        second.get(baseUrl + "/");
        GamePage lobby = new GamePage(second, baseUrl);
        lobby.await(ExpectedConditions.textToBe(By.id("who"), "Watching as a visitor"));
        lobby.await(driver -> !driver.findElements(By.cssSelector("#open li")).isEmpty());

        String console = Chromium.console(second);
        assertThat(console).doesNotContain("SEVERE").doesNotContain("401");
    }

    @Test
    void aGameIsPlayedFromTheKeyboardWithTheRackOneTabStop() {
        Seat ann = Seat.register(baseUrl, "ann6");
        Seat ben = Seat.register(baseUrl, "ben7");
        Deal deal = Deal.between(ann, ben);
        ann.signIn(first);
        ben.signIn(second);
        GamePage annPage = new GamePage(first, baseUrl).open(deal.gameId());
        GamePage benPage = new GamePage(second, baseUrl).open(deal.gameId());

        tabTo(first, "board");
        keys(first, Deal.word(deal.opening()).toLowerCase(), Keys.ENTER);
        annPage.awaitBoard(deal.afterOpening());
        benPage.awaitBoard(deal.afterOpening());

        tabTo(second, "board");
        keys(second, Keys.TAB);
        assertThat(active(second)).isEqualTo("rack-tile");
        assertThat(second.findElements(By.cssSelector("#rack .rack-tile[tabindex='0']"))).hasSize(1);
        keys(second, Keys.ARROW_RIGHT);
        assertThat(second.findElements(By.cssSelector("#rack .rack-tile"))
                .get(1).equals(second.switchTo().activeElement())).isTrue();
        keys(second, Keys.TAB);
        assertThat(active(second)).isNotEqualTo("rack-tile");
        backTab(second);
        assertThat(active(second)).isEqualTo("rack-tile");
        backTab(second);
        assertThat(second.switchTo().activeElement().getDomAttribute("id")).isEqualTo("board");

        Placement start = deal.reply().getFirst();
        for (int i = 7; i != start.row(); i += Integer.signum(start.row() - 7)) {
            keys(second, start.row() > 7 ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        for (int i = 7; i != start.col(); i += Integer.signum(start.col() - 7)) {
            keys(second, start.col() > 7 ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
        }
        if (deal.reply().size() > 1) {
            keys(second, " ");
        }
        keys(second, Deal.word(deal.reply()).toLowerCase(), Keys.ENTER);
        annPage.awaitBoard(deal.afterReply());

        keys(first, "?");
        annPage.await(ExpectedConditions.visibilityOfElementLocated(By.id("shortcuts-dialog")));
        assertThat(first.findElement(By.id("shortcuts-dialog")).getText()).contains("Shift + A–Z");
        keys(first, Keys.ESCAPE);
    }

    @Test
    void onAPhoneTheHeaderFitsAndTilesAreLargeEnough() {
        Seat ann = Seat.register(baseUrl, "annabel_lee");
        Seat ben = Seat.register(baseUrl, "ben8");
        Deal deal = Deal.between(ann, ben);
        ann.signIn(first);
        GamePage page = new GamePage(first, baseUrl).open(deal.gameId());
        try {
            first.manage().window().setSize(new Dimension(360, 780));
            page.await(driver -> width(driver) <= 360);
            Map<String, Object> header = measure(first, """
                    const top = document.querySelector('header.top');
                    const box = top.getBoundingClientRect();
                    const who = document.getElementById('who');
                    const items = [...top.children].filter((el) => !el.hidden);
                    return {height: box.height, right: Math.max(...items.map((el) => el.getBoundingClientRect().right)),
                            width: document.documentElement.clientWidth, whoCut: who.scrollWidth > who.clientWidth,
                            lines: new Set(items.map((el) => Math.round(el.getBoundingClientRect().top / 8))).size};""");
            assertThat(((Number) header.get("right")).doubleValue()).isLessThanOrEqualTo(((Number) header.get("width")).doubleValue());
            assertThat(header.get("whoCut")).isEqualTo(false);
            assertThat(((Number) header.get("height")).doubleValue()).isLessThan(56);

            first.manage().window().setSize(Chromium.PHONE);
            page.await(driver -> width(driver) > 360);
            Map<String, Object> tiles = measure(first, """
                    const sizes = [...document.querySelectorAll('.square')].map((s) => s.getBoundingClientRect());
                    const frame = document.querySelector('.board-frame').getBoundingClientRect();
                    return {smallest: Math.min(...sizes.map((r) => Math.min(r.width, r.height))),
                            right: frame.right, width: document.documentElement.clientWidth};""");
            assertThat(((Number) tiles.get("smallest")).doubleValue()).as("square size at 390 px: %s", tiles).isGreaterThanOrEqualTo(24);
            assertThat(((Number) tiles.get("right")).doubleValue()).isLessThanOrEqualTo(((Number) tiles.get("width")).doubleValue());
        } finally {
            first.manage().window().setSize(Chromium.DESKTOP);
        }
    }

    private static long width(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(WebDriver browser, String script) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void backTab(WebDriver browser) {
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }

    private static void keys(WebDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Presses Tab until the element with this id has the focus, as a keyboard user would. */
    private static void tabTo(WebDriver browser, String id) {
        for (int i = 0; i < 30; i++) {
            if (id.equals(browser.switchTo().activeElement().getDomAttribute("id"))) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private static String active(WebDriver browser) {
        String className = browser.switchTo().activeElement().getDomAttribute("class");
        return className == null ? browser.switchTo().activeElement().getTagName() + "#"
                + browser.switchTo().activeElement().getDomAttribute("id") : className.split(" ")[0];
    }
}
