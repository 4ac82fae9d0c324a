package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * "Play the computer" from the lobby: the game starts at once, a word played on the page gets the
 * bot's reply on the same page without a reload, and once the game is over each of the player's
 * moves shows the best play and the top play by equity that rack had, marked on the board while pointed at, and
 * the player's equity lost.
 */
@IntegrationTest
@BrowserTest
class PlayingTheComputerInTheBrowserTest extends InOneBrowser {

    @Test
    void aWordPlayedAgainstTheComputerGetsItsReplyLiveAndTheBestPlaysAfterwards() {
        Seat ann = Seat.register(baseUrl, "ann");
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl);
        Seat.Opening opening = ann.withAnOpening(() -> playTheComputerFromTheLobby(page));
        String game = opening.game();
        ((JavascriptExecutor) browser).executeScript("window.samePage = true;");

        opening.word().forEach(page::click);
        page.play();

        page.awaitHistory("Beginner bot");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.samePage === true;")).isEqualTo(true);
        assertThat(browser.findElement(By.id("history")).getText()).contains("ann");

        ann.resign(game);
        WebElement best = page.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history .best")));
        assertThat(best.getText()).matches("best: [A-Z]+ ([0-9]{1,2}[A-O]|[A-O][0-9]{1,2}) \\+[0-9]+");
        new Actions(browser).moveToElement(best).perform();
        page.await(driver -> !driver.findElements(By.cssSelector(".square.best-play")).isEmpty());
        new Actions(browser).moveToElement(browser.findElement(By.id("bag"))).perform();
        page.await(driver -> driver.findElements(By.cssSelector(".square.best-play")).isEmpty());

        WebElement top = page.await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#history .top")));
        assertThat(top.getText()).matches("top: ([A-Z]+ ([0-9]{1,2}[A-O]|[A-O][0-9]{1,2})|exchange [A-Z?]+) -?[0-9]+\\.[0-9]"
                + "( \\(lost [0-9]+\\.[0-9]\\))?");
        assertThat(page.await(ExpectedConditions.visibilityOfElementLocated(By.id("equity-summary"))).getText())
                .matches("Equity lost: [0-9]+\\.[0-9] · missed bingos: [0-9]+");
        if (top.getText().startsWith("top: exchange")) {
            return;
        }
        new Actions(browser).moveToElement(top).perform();
        page.await(driver -> !driver.findElements(By.cssSelector(".square.top-play")).isEmpty());
    }

    /** Chooses the weakest bot in the lobby's form and creates the game; gives its id once its page is live. */
    private String playTheComputerFromTheLobby(GamePage page) {
        browser.get(baseUrl + "/");
        page.await(driver -> driver.findElements(By.cssSelector("#opponent option[value='bot-beginner']")).size() == 1);
        new Select(browser.findElement(By.id("opponent"))).selectByValue("bot-beginner");
        WebElement button = browser.findElement(By.id("create-button"));
        assertThat(button.getText()).isEqualTo("Play the computer");
        assertThat(browser.findElement(By.id("seats")).isEnabled()).isFalse();
        button.click();
        page.await(driver -> driver.getCurrentUrl().contains("/games/"));
        page.waitUntilLive();
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
