package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.rules.Placement;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.ChallengeTable;
import io.tilecast.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Under double challenge, a phony played in one browser is challenged in the other and withdrawn on both; after a
 * player goes out, the next one's page asks for the pass that ends the game.
 */
@IntegrationTest
@BrowserTest
class ChallengingInTheBrowserTest extends InTwoBrowsers {

    @Autowired
    WebTestClient http;

    @Test
    void aPhonyPlayedIsChallengedAndWithdrawnOnBothScreens() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        String gameId = null;
        String rack = null;
        Optional<List<Placement>> phony = Optional.empty();
        for (int attempt = 0; attempt < 20 && phony.isEmpty(); attempt++) {
            gameId = (String) ann.createGame(2, "double").get("id");
            ben.join(gameId);
            rack = (String) ann.start(gameId).get("rack");
            phony = Plays.nonWord(rack);
        }
        List<String> empty = Seat.board(ann.game(gameId));
        ann.signIn(first);
        ben.signIn(second);
        GamePage annPage = new GamePage(first, baseUrl).open(gameId);
        GamePage benPage = new GamePage(second, baseUrl).open(gameId);
        annPage.awaitTitle("Your turn");
        assertThat(second.findElement(By.id("challenge")).isEnabled()).isFalse();

        phony.get().forEach(annPage::click);
        annPage.play();
        List<String> played = Plays.after(empty, phony.get()).rows();
        benPage.awaitBoard(played);
        benPage.await(ExpectedConditions.elementToBeClickable(By.id("challenge"))).click();

        String word = Deal.word(phony.get());
        for (GamePage page : List.of(annPage, benPage)) {
            page.awaitBoard(empty);
            page.awaitHistory(word + " not a word, withdrawn");
            page.await(driver -> !driver.findElements(By.cssSelector("#history li.withdrawn")).isEmpty());
        }
        benPage.awaitMessage("withdrawn");
        String restored = rack;
        annPage.await(driver -> sorted(annPage.rack()).equals(sorted(restored)));
        assertThat(((Number) ann.game(gameId).get("turn")).intValue()).isEqualTo(1);
        Screenshots.both(second, "challenge");
    }

    @Test
    void afterTheOpponentGoesOutThePageAsksForThePassThatEndsTheGame() {
        List<ApiPlayer> players = List.of(ApiPlayer.register(http, "cy"), ApiPlayer.register(http, "di"));
        ChallengeTable game = ChallengeTable.start(players, "double").playUntilOut();
        ApiPlayer next = game.seat(game.toMove());
        first.get(baseUrl + "/css/tilecast.css");
        first.manage().deleteAllCookies();
        first.manage().addCookie(new Cookie.Builder("tilecast_token", next.token()).path("/").isHttpOnly(true).build());
        GamePage page = new GamePage(first, baseUrl).open(game.id());

        page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("turn"), "pass to end the game"));
        assertThat(first.findElement(By.id("play")).isEnabled()).isFalse();
        assertThat(first.findElement(By.id("exchange")).isEnabled()).isFalse();
        assertThat(first.findElement(By.id("challenge")).isEnabled()).isTrue();
        first.findElement(By.id("pass")).click();
        page.await(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-title"), "end the game"));
        first.findElement(By.id("confirm-ok")).click();

        page.await(ExpectedConditions.textToBe(By.id("connection"), "Game over"));
        assertThat(page.text("result")).contains("went out");
    }

    private static String sorted(String tiles) {
        char[] chars = tiles.toCharArray();
        Arrays.sort(chars);
        return new String(chars);
    }
}
