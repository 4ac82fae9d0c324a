package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Ratings in the browser: beside the names in a rated game, the changes when it ends, and the profile page. */
@IntegrationTest
@BrowserTest
class RatingsInTheBrowserTest extends InOneBrowser {

    @Test
    void theEndOfARatedGameShowsTheRatingChangesAndTheProfileChartsThem() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        String game = (String) ann.createGame(2).get("id");
        ben.join(game);
        Map<String, Object> started = ann.start(game);
        int version = ((Number) started.get("version")).intValue();
        @SuppressWarnings("unchecked")
        String annId = (String) ((Map<String, Object>) ((List<Map<String, Object>>) started.get("seats")).getFirst()
                .get("player")).get("id");
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(game);
        page.await(driver -> driver.findElements(By.cssSelector("#scores .seat-rating")).size() == 2);
        assertThat(browser.findElement(By.id("scores")).getText()).contains("(1500?)");

        ben.move(game, Map.of("type", "resign", "version", version));

        page.await(driver -> driver.findElements(By.cssSelector("#rating-changes li")).size() == 2);
        String changes = browser.findElement(By.id("rating-changes")).getText();
        assertThat(changes).contains("ann", "ben", "1500 → ");
        assertThat(changes).containsPattern("ann\\d*: 1500 → 1[5-9]\\d\\d \\(\\+");

        browser.get(baseUrl + "/players/" + annId);
        page.await(driver -> !driver.findElements(By.cssSelector("#ratings .rating-chart polyline")).isEmpty()
                && !driver.findElements(By.cssSelector("#games a")).isEmpty());
        assertThat(browser.findElement(By.id("ratings")).getText()).containsPattern("english:classic: 1\\d{3}\\?");
        String points = browser.findElement(By.cssSelector("#ratings .rating-chart polyline")).getAttribute("points");
        assertThat(points.split(" ")).hasSize(2);
        WebElement link = browser.findElement(By.cssSelector("#games a"));
        assertThat(link.getAttribute("href")).endsWith("/games/" + game);
        assertThat(link.getText()).startsWith("win");
        assertThat(browser.findElement(By.id("stats")).getText()).startsWith("1 games: 1 won");
    }

    @Test
    void theLobbyShowsTheRatingBesideTheNameAndCreatesACasualGame() {
        Seat cat = Seat.register(baseUrl, "cat");
        cat.signIn(browser);
        browser.get(baseUrl + "/");
        GamePage page = new GamePage(browser, baseUrl);
        page.await(driver -> !driver.findElements(By.id("my-profile")).isEmpty());
        assertThat(browser.findElement(By.id("who")).getText()).contains("cat", "(1500?)");
        assertThat(browser.findElement(By.id("my-profile")).getAttribute("href")).contains("/players/");

        new Select(browser.findElement(By.id("rated"))).selectByValue("casual");
        browser.findElement(By.id("create-button")).click();

        page.await(driver -> driver.getCurrentUrl().contains("/games/"));
        String game = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(cat.game(game).get("rated")).isEqualTo(false);
    }
}
