package io.tilecast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.journal.Journal;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import io.tilecast.support.OperationsClient;
import io.tilecast.support.StartedGame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every series the dashboard (docs/ops/grafana-dashboard.json) and the alert rules
 * (docs/ops/alerts.yml) query exists in a running server's Prometheus output, with the label
 * values they select on, so a renamed meter or tag cannot leave a panel empty or an alert silent.
 * Labels fly adds when it scrapes ({@code app}, {@code region}, {@code instance}) are not checked.
 */
@IntegrationTest
class DashboardMetricsTest {

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\{[^}]*})?");
    private static final Pattern MATCHER = Pattern.compile("(\\w+)\\s*(=~|!=|!~|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern GROUPING = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final List<String> KEYWORDS = List.of("by", "without", "on", "ignoring", "and", "or", "unless",
            "bool", "offset", "inf", "nan");

    @Autowired
    WebTestClient http;

    @Autowired
    ApplicationContext context;

    @Autowired
    Journal journal;

    /** name to the label sets of its series. */
    Map<String, List<Map<String, String>>> scraped;

    @BeforeEach
    void serveSomeTrafficThenScrape() {
        // Meters that appear with their first use: commands by outcome, requests by status, GC pauses.
        StartedGame game = StartedGame.start(http);
        game.passes(2);
        ApiPlayer.spectator(http).get("/api/games/local-no-such-game");
        http.post().uri("/api/games/syd-AAAAAAAAAAAAAAAA/moves").header("fly-replay-src", "region=ams")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"type\":\"pass\",\"version\":1}")
                .exchange().expectStatus().isEqualTo(503);
        journal.flush(Duration.ofSeconds(10)).block();
        System.gc();

        String body = OperationsClient.of(context).get().uri("/actuator/prometheus").accept(MediaType.TEXT_PLAIN)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        scraped = parse(body);
    }

    @Test
    void everySeriesTheDashboardQueriesExists() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(Path.of("docs/ops/grafana-dashboard.json")));
        List<String> expressions = dashboard.findValues("expr").stream().map(JsonNode::asString).toList();
        assertThat(expressions).hasSizeGreaterThan(20);
        expressions.forEach(this::assertSeriesExist);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySeriesTheAlertsQueryExistsAndEachAlertHasARunbook() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("docs/ops/alerts.yml")));
        String operations = Files.readString(Path.of("docs/operations.md"));
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            alerts.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        assertThat(alerts).extracting(alert -> alert.get("alert")).contains("TilecastJournalLag",
                "TilecastJournalFull", "TilecastFencedWrites", "TilecastLeaseClaimFailures", "TilecastServerErrors",
                "TilecastReadinessFlapping", "TilecastHeapAfterGc");
        for (Map<String, Object> alert : alerts) {
            assertSeriesExist((String) alert.get("expr"));
            String runbook = ((Map<String, String>) alert.get("annotations")).get("runbook");
            assertThat(runbook).startsWith("docs/operations.md#");
            assertThat(anchors(operations)).as("runbook of " + alert.get("alert"))
                    .contains(runbook.substring(runbook.indexOf('#') + 1));
        }
    }

    private void assertSeriesExist(String expression) {
        String plain = GROUPING.matcher(expression.replaceAll("\\$\\w+", "")
                        .replaceAll("\\[[^]]*]", "")).replaceAll("");
        Matcher selector = SELECTOR.matcher(plain);
        int found = 0;
        while (selector.find()) {
            String name = selector.group(1);
            boolean function = plain.substring(selector.end(1)).stripLeading().startsWith("(");
            if (function || KEYWORDS.contains(name.toLowerCase())) {
                continue;
            }
            found++;
            assertThat(scraped).as("metric %s in %s", name, expression).containsKey(name);
            Map<String, String> wanted = equalityMatchers(selector.group(2));
            assertThat(scraped.get(name)).as("a series %s%s in %s", name, wanted, expression)
                    .anyMatch(labels -> labels.entrySet().containsAll(wanted.entrySet()));
        }
        assertThat(found).as("metrics in " + expression).isPositive();
    }

    /** {@code label="value"} matchers, leaving out regular expressions and fly's own labels. */
    private static Map<String, String> equalityMatchers(String braces) {
        Map<String, String> wanted = new HashMap<>();
        if (braces == null) {
            return wanted;
        }
        Matcher matcher = MATCHER.matcher(braces);
        while (matcher.find()) {
            if (matcher.group(2).equals("=") && !List.of("app", "region", "instance").contains(matcher.group(1))) {
                wanted.put(matcher.group(1), matcher.group(3));
            }
        }
        return wanted;
    }

    private static Map<String, List<Map<String, String>>> parse(String exposition) {
        Map<String, List<Map<String, String>>> series = new HashMap<>();
        for (String line : exposition.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
            int end = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
            Map<String, String> labels = new HashMap<>();
            Matcher matcher = MATCHER.matcher(line.substring(end, line.lastIndexOf(' ')));
            while (matcher.find()) {
                labels.put(matcher.group(1), matcher.group(3));
            }
            series.computeIfAbsent(line.substring(0, end), name -> new ArrayList<>()).add(labels);
        }
        return series;
    }

    /** GitHub's anchors of the markdown headings. */
    private static List<String> anchors(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase()
                        .replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
                .toList();
    }
}
