package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The strongest level from the lobby: the player picks the Master bot, plays a word on the page, and the master's
 * answer arrives live, the board and the unseen tiles following it; while the master plays as many games as this
 * server gives it, the lobby says so in words instead of opening a game.
 */
@IntegrationTest
@BrowserTest
@TestPropertySource(properties = {"tilecast.bots.master-budget=20ms", "tilecast.bots.master-games=1"})
class PlayingTheMasterInTheBrowserTest extends InOneBrowser {

    @Test
    void theMasterAnswersAWordPlayedOnThePageAndTheBoardAndTrackerFollow() {
        Seat ann = Seat.register(baseUrl, "ann");
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl);
        Seat.Opening opening = ann.withAnOpening(() -> playTheMasterFromTheLobby(page));
        String game = opening.game();

        opening.word().forEach(page::click);
        page.play();

        page.awaitHistory("Master bot");
        Map<String, Object> answered = page.await(driver -> {
            Map<String, Object> view = ann.game(game);
            return ((List<?>) view.get("moves")).size() == 2 ? view : null;
        });
        assertThat(((Number) answered.get("turn")).intValue()).as("the master has moved").isZero();
        page.await(driver -> page.board().equals(Seat.board(answered)));
        String unseen = (String) answered.get("unseen");
        page.await(driver -> page.text("unseen-count").equals(String.valueOf(unseen.length())));
        assertThat(page.text("unseen-where")).startsWith(answered.get("bag") + " in the bag, 7 on ");
        ann.resign(game);
    }

    @Test
    void whileTheMasterIsBusyTheLobbySaysSoAndOpensNoGame() {
        Seat ben = Seat.register(baseUrl, "ben");
        String busy = (String) ben.playTheComputer("bot-master").get("id");
        Seat cid = Seat.register(baseUrl, "cid");
        cid.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl);
        browser.get(baseUrl + "/");
        chooseTheMaster(page);
        Chromium.console(browser); // what the page logged before: only what the refusal logs counts

        browser.findElement(By.id("create-button")).click();

        WebElement message = page.await(driver -> {
            WebElement shown = driver.findElement(By.cssSelector("#create-form .form-message"));
            return shown.getText().isEmpty() ? null : shown;
        });
        assertThat(message.getText()).isEqualTo(
                "The Master bot is playing as many games as it can just now. Try again in a minute, or play another level.");
        assertThat(browser.getCurrentUrl()).doesNotContain("/games/");
        assertThat(Chromium.console(browser)).doesNotContain("Uncaught");
        ben.resign(busy);
    }

    /** Chooses the master in the lobby's form and creates the game; gives its id once its page is live. */
    private String playTheMasterFromTheLobby(GamePage page) {
        browser.get(baseUrl + "/");
        chooseTheMaster(page);
        browser.findElement(By.id("create-button")).click();
        page.await(driver -> driver.getCurrentUrl().contains("/games/"));
        page.waitUntilLive();
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void chooseTheMaster(GamePage page) {
        page.await(driver -> driver.findElements(By.cssSelector("#opponent option[value='bot-master']")).size() == 1);
        Select opponent = new Select(browser.findElement(By.id("opponent")));
        opponent.selectByValue("bot-master");
        assertThat(opponent.getFirstSelectedOption().getText()).isEqualTo("The computer: Master bot");
        assertThat(browser.findElement(By.id("create-button")).getText()).isEqualTo("Play the computer");
    }
}
