package io.tilecast.browser;

import io.tilecast.game.rules.Placement;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The game page as a player uses it: what it shows, and placing tiles the three ways it offers. */
final class GamePage {

    static final Duration WAIT = Duration.ofSeconds(15);

    /** The board as the page draws it, played tiles only, in the API's notation (15 strings). */
    private static final String BOARD_SCRIPT = """
            const rows = [];
            for (let r = 0; r < 15; r++) {
              let line = '';
              for (let c = 0; c < 15; c++) {
                const letter = document.querySelector(`#sq-${r}-${c} .tile:not(.tentative) .letter`);
                const blank = letter?.closest('.tile').classList.contains('blank');
                line += letter ? (blank ? letter.textContent.toLowerCase() : letter.textContent) : '.';
              }
              rows.push(line);
            }
            return rows;""";

    final WebDriver browser;
    private final String baseUrl;

    GamePage(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    GamePage open(String gameId) {
        browser.get(baseUrl + "/games/" + gameId);
        return waitUntilLive();
    }

    GamePage waitUntilLive() {
        await(ExpectedConditions.textToBe(By.id("connection"), "Live"));
        await(driver -> !driver.findElement(By.id("bag")).getText().isEmpty()
                && !driver.findElements(By.cssSelector("#scores tbody tr")).isEmpty());
        return this;
    }

    /** Waits for `condition`; a timeout tells what the page said and logged, to explain itself. */
    <T> T await(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(browser, WAIT).until(condition);
        } catch (TimeoutException e) {
            throw new TimeoutException(e.getMessage().lines().findFirst().orElse("") + "\nPage: connection="
                    + text("connection") + ", turn=" + text("turn") + ", message=" + text("message")
                    + "\nConsole:\n" + Chromium.console(browser), e);
        }
    }

    String rack() {
        await(driver -> !driver.findElements(By.cssSelector("#rack .rack-tile")).isEmpty());
        return String.join("", browser.findElements(By.cssSelector("#rack .rack-tile")).stream()
                .map(tile -> tile.getDomAttribute("data-letter")).toList());
    }

    @SuppressWarnings("unchecked")
    List<String> board() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(BOARD_SCRIPT);
    }

    WebElement square(int row, int col) {
        return browser.findElement(By.id("sq-" + row + "-" + col));
    }

    /** The first rack tile with this letter that is not already on the board. */
    WebElement rackTile(char letter) {
        return browser.findElement(By.cssSelector("#rack .rack-tile[data-letter='" + letter + "']:not(.used)"));
    }

    void drag(Placement tile) {
        new Actions(browser)
                .clickAndHold(rackTile(tile.letter()))
                .moveByOffset(10, -10)
                .moveToElement(square(tile.row(), tile.col()))
                .release()
                .perform();
        awaitTentative(tile);
    }

    void click(Placement tile) {
        rackTile(tile.letter()).click();
        square(tile.row(), tile.col()).click();
        awaitTentative(tile);
    }

    /** Chooses the first square, sets the direction by clicking it again when needed, types. */
    void type(List<Placement> tiles, boolean across) {
        Placement first = tiles.getFirst();
        square(first.row(), first.col()).click();
        if (!across) {
            square(first.row(), first.col()).click();
        }
        StringBuilder letters = new StringBuilder();
        tiles.forEach(tile -> letters.append(Character.toLowerCase(tile.letter())));
        browser.findElement(By.id("board")).sendKeys(letters);
        tiles.forEach(this::awaitTentative);
    }

    void pressOnBoard(CharSequence key) {
        browser.findElement(By.id("board")).sendKeys(key);
    }

    void enter() {
        pressOnBoard(Keys.ENTER);
    }

    void play() {
        browser.findElement(By.id("play")).click();
    }

    private void awaitTentative(Placement tile) {
        await(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#sq-" + tile.row() + "-" + tile.col() + " .tile.tentative .letter"),
                String.valueOf(tile.letter())));
    }

    void awaitBoard(List<String> rows) {
        await(driver -> board().equals(rows));
    }

    void awaitMessage(String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), text));
    }

    void awaitHistory(String text) {
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), text));
    }

    void awaitTitle(String text) {
        await(ExpectedConditions.titleContains(text));
    }

    /** The scores table as text, without the clocks and the presence dots (which tick). */
    String scores() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('#scores tbody tr')]
                  .map((row) => [...row.children].filter((cell) => !cell.classList.contains('clock'))
                    .map((cell) => [...cell.childNodes].filter((node) => !node.classList?.contains('presence'))
                      .map((node) => node.textContent).join('')).join(' '))
                  .join('\\n');""");
    }

    /** Whether every corner and the centre of the board are the board's own, not covered by anything. */
    boolean boardUncovered() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const board = document.getElementById('board');
                const r = board.getBoundingClientRect();
                return [[r.left + 2, r.top + 2], [r.right - 2, r.top + 2], [r.left + 2, r.bottom - 2],
                        [r.right - 2, r.bottom - 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]
                  .every(([x, y]) => board.contains(document.elementFromPoint(x, y)));""");
    }

    /** What a seat's presence dot says: "here", or "away" and for how long. */
    String presence(int seat) {
        return browser.findElement(By.cssSelector("[data-presence-seat='" + seat + "']")).getDomAttribute("title");
    }

    /** Answers the page's confirmation dialog with its action button. */
    void confirm() {
        await(ExpectedConditions.elementToBeClickable(By.id("confirm-ok"))).click();
    }

    /** What a seat's clock shows. */
    String clock(int seat) {
        return browser.findElement(By.cssSelector("#scores td[data-clock-seat='" + seat + "']")).getText();
    }

    String text(String id) {
        List<WebElement> found = browser.findElements(By.id(id));
        return found.isEmpty() ? "(none)" : found.getFirst().getText();
    }
}
