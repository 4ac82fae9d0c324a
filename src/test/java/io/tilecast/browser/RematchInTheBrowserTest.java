package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Rematch button on a finished game takes both players to the same new game. */
@IntegrationTest
@BrowserTest
class RematchInTheBrowserTest extends InTwoBrowsers {

    @Test
    void oneClickTakesBothPlayersToTheRematch() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        String old = (String) ann.createGame(2).get("id");
        ben.join(old);
        int version = ((Number) ann.start(old).get("version")).intValue();
        ann.move(old, Map.of("type", "resign", "version", version));
        ann.signIn(first);
        ben.signIn(second);
        GamePage annPage = new GamePage(first, baseUrl);
        first.get(baseUrl + "/games/" + old);
        second.get(baseUrl + "/games/" + old);
        GamePage benPage = new GamePage(second, baseUrl);
        benPage.await(ExpectedConditions.visibilityOfElementLocated(By.id("rematch")));

        annPage.await(ExpectedConditions.elementToBeClickable(By.id("rematch"))).click();

        annPage.await(driver -> !driver.getCurrentUrl().endsWith(old));
        String rematch = first.getCurrentUrl().substring(first.getCurrentUrl().lastIndexOf('/') + 1);
        benPage.await(driver -> driver.getCurrentUrl().endsWith("/games/" + rematch));
        annPage.waitUntilLive();
        benPage.waitUntilLive();
        annPage.await(driver -> driver.findElements(By.cssSelector("#scores tbody tr")).size() == 2);
        assertThat(second.findElement(By.id("scores")).getText()).contains("ann", "ben");
        annPage.await(ExpectedConditions.elementToBeClickable(By.id("start")));
    }
}
