package io.tilecast.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Placement;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Play;
import io.tilecast.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A whole game played in two browsers from the keyboard, blanks included: before every play the page's preview shows
 * the score the server then gives it, and the scoresheet's totals are the scores, turn by turn and at the end.
 */
@IntegrationTest
@BrowserTest
class ScorePreviewInTheBrowserTest extends InTwoBrowsers {

    private static final MoveGenerator MOVES = MoveGenerator.of(Lexicon.english());

    @Test
    @SuppressWarnings("unchecked")
    void thePreviewIsTheServersScoreOverAWholeGame() {
        Seat ann = Seat.register(baseUrl, "ann");
        Seat ben = Seat.register(baseUrl, "ben");
        String gameId = (String) ann.createGame(2).get("id");
        ben.join(gameId);
        ann.start(gameId);
        ann.signIn(first);
        ben.signIn(second);
        List<GamePage> pages = List.of(new GamePage(first, baseUrl).open(gameId), new GamePage(second, baseUrl).open(gameId));
        List<Seat> seats = List.of(ann, ben);

        int plays = 0;
        int blanks = 0;
        boolean screenshot = false;
        Map<String, Object> view = ann.game(gameId);
        while (view.get("status").equals("active")) {
            int turn = (Integer) view.get("turn");
            GamePage page = pages.get(turn);
            Map<String, Object> mine = seats.get(turn).game(gameId);
            int version = (Integer) mine.get("version");
            Optional<Play> play = choose(Seat.board(mine), (String) mine.get("rack"));
            if (play.isEmpty()) {
                seats.get(turn).move(gameId, Map.of("type", "pass", "version", version));
            } else {
                page.await(driver -> page.text("turn").startsWith("Your turn"));
                Typing.type(page, play.get().tiles());
                int previewed = Typing.preview(page);
                if (!screenshot && plays >= 4) {
                    Screenshots.both(page.browser, "placing");
                    screenshot = true;
                }
                page.enter();
                shown(page, version + 1);
                Map<String, Object> played = move(ann.game(gameId), version + 1);
                assertThat(played.get("type")).isEqualTo("place");
                assertThat(previewed).as("preview of play %d, %s", plays, play.get().tiles())
                        .isEqualTo(played.get("score"));
                plays++;
                blanks += (int) play.get().tiles().stream().filter(Placement::blank).count();
            }
            pages.forEach(p -> shown(p, version + 1));
            view = ann.game(gameId);
            if (view.get("status").equals("active")) {
                for (GamePage p : pages) {
                    assertThat(sheetTotals(p)).as("scoresheet totals at version %d", version + 1).isEqualTo(scores(view));
                }
            }
        }
        assertThat(plays).isGreaterThanOrEqualTo(6);
        assertThat(blanks).as("blanks played").isPositive();
        Map<String, Object> result = (Map<String, Object>) ann.game(gameId).get("result");
        for (GamePage page : pages) {
            page.await(driver -> page.text("result").contains("Final scores"));
            assertThat(sheetTotals(page)).isEqualTo(result.get("scores"));
            assertThat(page.browser.findElement(By.cssSelector(".sheet-links a")).getDomAttribute("href"))
                    .isEqualTo("/api/games/" + gameId + "/gcg");
            assertThat(page.browser.findElements(By.cssSelector(".scoresheet a.sheet-at")).getFirst()
                    .getDomAttribute("href")).isEqualTo("/replay.html?id=" + gameId + "&turn=1");
            assertThat(page.browser.findElements(By.cssSelector(".scoresheet .sheet-rack"))).isNotEmpty();
        }
        for (var size : List.of(Chromium.PHONE, Chromium.DESKTOP)) {
            first.manage().window().setSize(size);
            ((JavascriptExecutor) first).executeScript("document.querySelector('.scoresheet-panel').scrollIntoView()");
            Screenshots.save(first, "scoresheet-" + (size == Chromium.PHONE ? "phone" : "desktop"), size);
        }
    }

    /** A play using a blank when the rack has one (so that the game plays blanks), else the best-scoring one. */
    private static Optional<Play> choose(List<String> rows, String rack) {
        List<Play> plays = new ArrayList<>(MOVES.plays(Board.of(rows), Rack.of(rack)));
        Comparator<Play> byScore = Comparator.comparingInt(Play::score);
        Optional<Play> withBlank = plays.stream().filter(p -> p.tiles().stream().anyMatch(Placement::blank))
                .max(byScore);
        return withBlank.isPresent() ? withBlank : plays.stream().max(byScore);
    }

    /** Waits until the page's move list shows the move of this version. */
    private static void shown(GamePage page, int version) {
        page.await(driver -> !driver.findElements(By.cssSelector("#history li[data-version='" + version + "']")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> move(Map<String, Object> view, int version) {
        return ((List<Map<String, Object>>) view.get("moves")).stream().filter(m -> m.get("version").equals(version))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> scores(Map<String, Object> view) {
        return ((List<Map<String, Object>>) view.get("seats")).stream().map(s -> (Integer) s.get("score")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> sheetTotals(GamePage page) {
        return ((List<Object>) ((JavascriptExecutor) page.browser).executeScript(
                "return [...document.querySelectorAll('.scoresheet tfoot td')].map((td) => Number(td.textContent));"))
                .stream().map(n -> ((Number) n).intValue()).toList();
    }
}
