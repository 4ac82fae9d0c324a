package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Placement;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two players and a spectator, each in a browser of their own, against the real server: the lobby,
 * placing tiles by drag, click and keyboard, moves appearing live for the others, and a refusal.
 */
@IntegrationTest
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlayingInTheBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    HostedGames games;

    private String baseUrl;
    private WebDriver first;
    private WebDriver second;
    private WebDriver spectator;
    private Seat ann;
    private Seat ben;

    @BeforeAll
    void openBrowsers() {
        baseUrl = "http://localhost:" + port;
        first = Chromium.open();
        second = Chromium.open();
        spectator = Chromium.open();
        ann = Seat.register(baseUrl, "ann");
        ben = Seat.register(baseUrl, "ben");
    }

    @AfterAll
    void closeBrowsers() {
        for (WebDriver browser : new WebDriver[] {first, second, spectator}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void playersSignInCreateJoinAndStartFromTheLobby() {
        Seat carol = Seat.register(baseUrl, "carol");
        carol.createGame(3);

        signInAtTheLobby(first, "alice");
        new org.openqa.selenium.support.ui.Select(first.findElement(By.id("seats"))).selectByValue("2");
        first.findElement(By.cssSelector("#create-form button")).click();
        GamePage alice = new GamePage(first, baseUrl).waitUntilLive();
        String gameId = first.getCurrentUrl().substring(first.getCurrentUrl().lastIndexOf('/') + 1);
        alice.await(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-note"), "Share this page"));

        signInAtTheLobby(second, "bob");
        By join = By.cssSelector("#open li[data-game-id='" + gameId + "'] button.join");
        alice.await(driver -> second.findElements(join).size() == 1);
        second.findElement(join).click();
        GamePage bob = new GamePage(second, baseUrl).waitUntilLive();
        bob.await(ExpectedConditions.textToBePresentInElementLocated(By.id("waiting-note"), "Waiting for the creator"));

        alice.await(ExpectedConditions.elementToBeClickable(By.id("start"))).click();
        alice.awaitTitle("Your turn");
        assertThat(alice.rack()).hasSize(7);
        assertThat(bob.rack()).hasSize(7);
        bob.await(ExpectedConditions.textToBePresentInElementLocated(By.id("turn"), "alice's turn"));

        second.get(baseUrl + "/");
        alice.await(driver -> !second.findElements(By.cssSelector("#mine li[data-game-id='" + gameId + "']")).isEmpty()
                && !second.findElements(By.cssSelector("#open li[data-game-id]")).isEmpty());
        Screenshots.both(second, "lobby");
    }

    @Test
    void eachMoveAppearsLiveForTheOpponentAndTheSpectator() {
        Deal deal = Deal.between(ann, ben);
        ann.signIn(first);
        ben.signIn(second);
        spectator.manage().deleteAllCookies();
        GamePage annPage = new GamePage(first, baseUrl).open(deal.gameId());
        GamePage benPage = new GamePage(second, baseUrl).open(deal.gameId());
        GamePage watching = new GamePage(spectator, baseUrl).open(deal.gameId());
        annPage.awaitTitle("Your turn");
        assertThat(watching.browser.findElement(By.id("rack-area")).isDisplayed()).isFalse();

        annPage.drag(deal.opening().getFirst());
        deal.opening().stream().skip(1).forEach(annPage::click);
        annPage.play();

        List<String> afterOpening = deal.afterOpening();
        String word = Deal.word(deal.opening());
        benPage.awaitBoard(afterOpening);
        benPage.awaitHistory(word);
        benPage.awaitTitle("Your turn");
        watching.awaitBoard(afterOpening);
        watching.awaitHistory(word);
        annPage.awaitBoard(afterOpening);
        assertThat(annPage.rack()).hasSize(7);

        benPage.type(deal.reply(), false);
        benPage.enter();
        List<String> afterReply = deal.afterReply();
        annPage.awaitBoard(afterReply);
        annPage.awaitTitle("Your turn");
        watching.awaitBoard(afterReply);
        assertThat(watching.browser.findElements(By.cssSelector("#history li"))).hasSize(2);
        assertThat(watching.text("scores")).contains("ann", "ben");

        Screenshots.both(first, "game");
    }

    @Test
    void aRejectedWordIsExplainedNextToTheBoard() {
        Deal deal = Deal.between(ann, ben);
        ann.signIn(first);
        GamePage annPage = new GamePage(first, baseUrl).open(deal.gameId());
        List<Placement> nonWord = Plays.nonWord(deal.firstRack()).orElseThrow();

        nonWord.forEach(annPage::click);
        annPage.play();

        annPage.awaitMessage(Deal.word(nonWord) + " is not a word");
        assertThat(annPage.board()).isEqualTo(deal.empty());
        annPage.pressOnBoard(Keys.BACK_SPACE);
        annPage.await(driver -> driver.findElements(By.cssSelector("#board .tile.tentative")).size() == 1);
        first.findElement(By.id("recall")).click();
        annPage.await(driver -> driver.findElements(By.cssSelector("#board .tile.tentative")).isEmpty());
    }

    @Test
    void theLiveStreamClosesForGoodWhenTheGameEnds() {
        Deal deal = Deal.between(ann, ben);
        spectator.manage().deleteAllCookies();
        GamePage watching = new GamePage(spectator, baseUrl).open(deal.gameId());

        int version = ((Number) ann.game(deal.gameId()).get("version")).intValue();
        for (int turn = 0; turn < 6; turn++) { // six scoreless turns end a two-player game
            Seat mover = turn % 2 == 0 ? ann : ben;
            version = ((Number) mover.move(deal.gameId(), Map.of("type", "pass", "version", version)).get("version"))
                    .intValue();
        }

        watching.await(ExpectedConditions.textToBe(By.id("connection"), "Game over"));
        watching.await(driver -> watchers(deal.gameId()) == 0);
        // Opened on a finished game, the page reads its snapshot and closes at once too.
        spectator.get(baseUrl + "/games/" + deal.gameId());
        watching.await(ExpectedConditions.textToBe(By.id("connection"), "Game over"));
    }

    private int watchers(String gameId) {
        return games.hosted(gameId).map(GameHost::watchers).orElse(0);
    }

    private void signInAtTheLobby(WebDriver browser, String name) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl + "/");
        GamePage lobby = new GamePage(browser, baseUrl);
        lobby.await(ExpectedConditions.visibilityOfElementLocated(By.id("name"))).sendKeys(name, Keys.ENTER);
        lobby.await(ExpectedConditions.visibilityOfElementLocated(By.id("create")));
        assertThat(browser.findElement(By.id("who")).getText()).contains(name);
    }
}
