package io.tilecast.browser;

import io.tilecast.game.rules.Placement;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Puts a play down on a game page from the keyboard: the cursor on its first square, turned its way, then letters. */
final class Typing {

    private Typing() {
    }

    /** Letters typed lower case take the rack's tile; upper case (Shift) plays a blank as that letter. */
    static void type(GamePage page, List<Placement> tiles) {
        List<Placement> ordered = tiles.stream()
                .sorted(Comparator.comparingInt(Placement::row).thenComparingInt(Placement::col)).toList();
        Placement first = ordered.getFirst();
        boolean across = ordered.size() == 1 || ordered.get(0).row() == ordered.get(1).row();
        WebElement square = page.square(first.row(), first.col());
        square.click();
        page.await(driver -> square.getDomAttribute("class").contains("cursor"));
        if (square.getDomAttribute("class").contains(across ? " down" : " across")) {
            square.click();
            page.await(driver -> square.getDomAttribute("class").contains(across ? " across" : " down"));
        }
        StringBuilder keys = new StringBuilder();
        ordered.forEach(tile -> keys.append(tile.blank() ? Character.toUpperCase(tile.letter())
                : Character.toLowerCase(tile.letter())));
        page.browser.findElement(By.id("board")).sendKeys(keys);
        for (Placement tile : ordered) {
            page.await(driver -> !driver.findElements(By.cssSelector(
                    "#sq-" + tile.row() + "-" + tile.col() + " .tile.tentative")).isEmpty());
        }
    }

    /** The preview's score once it shows one. */
    static int preview(GamePage page) {
        return Integer.parseInt(page.await(driver -> {
            String score = driver.findElement(By.id("preview")).getDomAttribute("data-score");
            return score == null || score.isEmpty() ? null : score;
        }));
    }
}
