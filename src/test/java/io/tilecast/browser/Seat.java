package io.tilecast.browser;

import io.tilecast.game.rules.Placement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.json.JsonMapper;

/**
 * A player set up over the HTTP API, for what a test does not exercise in the browser (registering,
 * creating and starting games), and whose token a browser can then carry as its cookie.
 */
final class Seat {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String baseUrl;
    final String token;

    private Seat(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    static Seat register(String baseUrl, String name) {
        Map<String, Object> player = call(baseUrl, null, "POST", "/api/players", Map.of("name", name));
        return new Seat(baseUrl, (String) player.get("token"));
    }

    /** Signs `browser` in as this player, as registering in it would have. */
    void signIn(WebDriver browser) {
        browser.get(baseUrl + "/css/tilecast.css"); // a cookie is set on the page's origin
        browser.manage().deleteAllCookies();
        browser.manage().addCookie(new Cookie.Builder("tilecast_token", token).path("/").isHttpOnly(true).build());
    }

    Map<String, Object> createGame(int seats) {
        return call(baseUrl, token, "POST", "/api/games", Map.of("seats", seats));
    }

    /** A game with this time control ({@code null}: untimed). */
    Map<String, Object> createGame(int seats, Map<String, Integer> clock) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("seats", seats);
        body.put("clock", clock);
        return call(baseUrl, token, "POST", "/api/games", body);
    }

    /** A game under this challenge rule. */
    Map<String, Object> createGame(int seats, String challenge) {
        return call(baseUrl, token, "POST", "/api/games", Map.of("seats", seats, "challenge", challenge));
    }

    /** A game against this bot, started at once. */
    Map<String, Object> playTheComputer(String bot) {
        return call(baseUrl, token, "POST", "/api/games", Map.of("opponent", bot));
    }

    Map<String, Object> join(String gameId) {
        return call(baseUrl, token, "POST", "/api/games/" + gameId + "/join", Map.of());
    }

    Map<String, Object> start(String gameId) {
        return call(baseUrl, token, "POST", "/api/games/" + gameId + "/start", Map.of());
    }

    Map<String, Object> game(String gameId) {
        return call(baseUrl, token, "GET", "/api/games/" + gameId, null);
    }

    Map<String, Object> move(String gameId, Map<String, Object> move) {
        return call(baseUrl, token, "POST", "/api/games/" + gameId + "/moves", move);
    }

    /** Resigns a game at the version it is at now. */
    Map<String, Object> resign(String gameId) {
        return move(gameId, Map.of("type", "resign", "version", ((Number) game(gameId).get("version")).intValue()));
    }

    /** A game this seat is in, and an opening word its rack makes. */
    record Opening(String game, List<Placement> word) {
    }

    /**
     * Starts games with {@code newGame} until one deals this seat a rack that makes an opening word (a dealt rack
     * sometimes makes none), resigning the others; up to ten.
     */
    Opening withAnOpening(Supplier<String> newGame) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String game = newGame.get();
            Optional<List<Placement>> word = Plays.opening((String) game(game).get("rack"));
            if (word.isPresent()) {
                return new Opening(game, word.get());
            }
            resign(game);
        }
        throw new IllegalStateException("No rack with a word in 10 games");
    }

    @SuppressWarnings("unchecked")
    static List<String> board(Map<String, Object> game) {
        return (List<String>) game.get("board");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(String baseUrl, String token, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readValue(response.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
