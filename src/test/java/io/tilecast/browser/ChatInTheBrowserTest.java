package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The chat panel: two players and a spectator each see what the contract lets them see, a blocked author's lines leave
 * the blocker's page and never come back, and on a phone the folded panel counts what came in. A line is known not to
 * have reached a page when a later line, sent to the same page after it, shows without it.
 */
@IntegrationTest
@BrowserTest
class ChatInTheBrowserTest extends InTwoBrowsers {

    @Autowired
    DatabaseClient database;

    @Test
    void twoPlayersAndASpectatorEachSeeWhatTheyMay() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        Seat cat = Seat.register(baseUrl, "cat");
        String game = (String) ann.createGame(2).get("id");
        ben.join(game);
        int version = ((Number) ann.start(game).get("version")).intValue();
        WebDriver third = Chromium.open();
        try {
            ann.signIn(first);
            ben.signIn(second);
            cat.signIn(third);
            GamePage annPage = new GamePage(first, baseUrl).open(game);
            GamePage benPage = new GamePage(second, baseUrl).open(game);
            GamePage catPage = new GamePage(third, baseUrl).open(game);

            say(annPage, "good luck <b>ben</b>");
            awaitLines(benPage, "good luck <b>ben</b>");
            say(catPage, "ann opens strong");
            awaitLines(catPage, "good luck <b>ben</b>", "ann opens strong");
            say(benPage, "thanks");

            awaitLines(annPage, "good luck <b>ben</b>", "thanks");
            awaitLines(benPage, "good luck <b>ben</b>", "thanks");
            awaitLines(catPage, "good luck <b>ben</b>", "ann opens strong", "thanks");
            assertThat(first.findElements(By.cssSelector("#chat-lines b"))).isEmpty();
            assertThat(third.findElement(By.cssSelector(".chat-line.spectators .chat-tag")).getText())
                    .isEqualTo("spectator");
            Screenshots.save(third, "chat-desktop", Chromium.DESKTOP);

            ann.move(game, Map.of("type", "resign", "version", version));

            awaitLines(annPage, "good luck <b>ben</b>", "ann opens strong", "thanks");
            awaitLines(benPage, "good luck <b>ben</b>", "ann opens strong", "thanks");
            assertThat(first.findElement(By.id("chat-form")).isDisplayed()).isFalse();
        } finally {
            third.quit();
        }
    }

    @Test
    void aBlockedAuthorsLinesNeverShowForTheBlocker() {
        Seat ann = Seat.register(baseUrl, "ada");
        Seat ben = Seat.register(baseUrl, "bob");
        String game = (String) ann.createGame(2).get("id");
        ben.join(game);
        ann.start(game);
        ann.signIn(first);
        ben.signIn(second);
        GamePage annPage = new GamePage(first, baseUrl).open(game);
        GamePage benPage = new GamePage(second, baseUrl).open(game);
        say(benPage, "you play like a bot");
        awaitLines(annPage, "you play like a bot");

        annPage.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".chat-line .chat-report"))).click();
        annPage.await(ExpectedConditions.visibilityOfElementLocated(By.id("report-reason"))).sendKeys("insults");
        first.findElement(By.id("report-ok")).click();
        annPage.await(ExpectedConditions.textToBePresentInElementLocated(By.id("chat-note"), "reported"));
        annPage.await(ExpectedConditions.elementToBeClickable(By.cssSelector(".chat-line .chat-block"))).click();
        annPage.confirm();
        awaitLines(annPage);
        say(benPage, "still here");
        say(annPage, "quiet now");

        awaitLines(annPage, "quiet now");
        awaitLines(benPage, "you play like a bot", "still here", "quiet now");
        first.navigate().refresh();
        annPage.waitUntilLive();
        awaitLines(annPage, "quiet now");
        assertThat(database.sql("SELECT reason FROM player_reports").map(row -> row.get("reason", String.class))
                .all().collectList().block()).containsExactly("insults");
    }

    @Test
    void onAPhoneThePanelIsFoldedAndCountsWhatCameIn() {
        Seat ann = Seat.register(baseUrl, "amy");
        Seat ben = Seat.register(baseUrl, "bo");
        String game = (String) ann.createGame(2).get("id");
        ben.join(game);
        ann.start(game);
        ann.signIn(first);
        ben.signIn(second);
        first.manage().window().setSize(Chromium.PHONE);
        try {
            GamePage annPage = new GamePage(first, baseUrl).open(game);
            GamePage benPage = new GamePage(second, baseUrl).open(game);
            assertThat(first.findElement(By.id("chat-body")).isDisplayed()).isFalse();

            say(benPage, "your move");
            say(benPage, "take your time");

            annPage.await(ExpectedConditions.textToBe(By.id("chat-unread"), "2"));
            ((JavascriptExecutor) first).executeScript("document.getElementById('chat').scrollIntoView()");
            Screenshots.save(first, "chat-phone", Chromium.PHONE);
            first.findElement(By.id("chat-toggle")).click();
            awaitLines(annPage, "your move", "take your time");
            assertThat(first.findElement(By.id("chat-unread")).isDisplayed()).isFalse();
        } finally {
            first.manage().window().setSize(Chromium.DESKTOP);
        }
    }

    private static void say(GamePage page, String text) {
        page.await(ExpectedConditions.elementToBeClickable(By.id("chat-text"))).sendKeys(text, Keys.ENTER);
        page.await(driver -> driver.findElement(By.id("chat-text")).getDomProperty("value").isEmpty());
    }

    /** Waits until the page's chat shows exactly these lines, in order. */
    private static void awaitLines(GamePage page, String... texts) {
        List<String> wanted = List.of(texts);
        page.await(driver -> wanted.equals(((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#chat-lines .chat-text')].map((line) => line.textContent);")));
    }
}
