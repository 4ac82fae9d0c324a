package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The tracker beside the board: the unseen tiles grouped by letter, with vowels, consonants and the bag counted, as the
 * server counts them for this seat; it follows the player's own play and the opponent's, live.
 */
@IntegrationTest
@BrowserTest
class TrackingUnseenTilesInTheBrowserTest extends InOneBrowser {

    @Test
    void theUnseenTilesFollowEachPlayGroupedByLetter() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        Deal deal = Deal.between(ann, ben);
        ann.signIn(browser);
        GamePage page = new GamePage(browser, baseUrl).open(deal.gameId());
        awaitTracker(page, ann, deal.gameId());
        assertThat(page.text("unseen-count")).isEqualTo("93");
        assertThat(page.text("unseen-where")).isEqualTo("86 in the bag, 7 on racks you cannot see");

        deal.opening().forEach(page::click);
        page.play();
        page.awaitHistory("ann");
        awaitTracker(page, ann, deal.gameId());

        int version = ((Number) ann.game(deal.gameId()).get("version")).intValue();
        ben.move(deal.gameId(), Map.of("type", "place", "version", version, "tiles", Deal.request(deal.reply())));
        page.awaitHistory("ben");
        String unseen = awaitTracker(page, ann, deal.gameId());
        assertThat(unseen).hasSize(93 - deal.opening().size() - deal.reply().size());
    }

    /** Waits until the tracker shows this seat's pool as the API gives it, and checks how it is grouped and counted. */
    private String awaitTracker(GamePage page, Seat seat, String gameId) {
        Map<String, Object> view = seat.game(gameId);
        String unseen = (String) view.get("unseen");
        page.await(driver -> driver.findElement(By.id("unseen-count")).getText().equals(String.valueOf(unseen.length()))
                && shown(driver.findElements(By.cssSelector("#unseen-letters li"))).equals(unseen));
        List<WebElement> groups = browser.findElements(By.cssSelector("#unseen-letters li"));
        assertThat(groups).allSatisfy(group -> assertThat(group.getText().chars().distinct().count()).isEqualTo(1));
        long vowels = unseen.chars().filter(c -> "AEIOU".indexOf(c) >= 0).count();
        long blanks = unseen.chars().filter(c -> c == '?').count();
        assertThat(page.text("unseen-split")).startsWith(vowels + " vowels · " + (unseen.length() - vowels - blanks)
                + " consonants");
        int bag = ((Number) view.get("bag")).intValue();
        assertThat(page.text("unseen-where")).startsWith(bag + " in the bag, " + (unseen.length() - bag) + " on ");
        return unseen;
    }

    private static String shown(List<WebElement> groups) {
        StringBuilder tiles = new StringBuilder();
        groups.forEach(group -> tiles.append(group.getText()));
        return tiles.toString();
    }
}
