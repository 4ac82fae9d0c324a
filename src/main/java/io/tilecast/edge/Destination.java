package io.tilecast.edge;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which process a request must be served by, judged from its method and route alone (DESIGN.md, "Route to the host"): a
 * game's host, the primary region, or whichever process received it.
 */
sealed interface Destination {

    /** Commands to a game ({@code POST /api/games/{id}/...}), its live event stream and reading its chat. */
    record Host(String gameId) implements Destination {
    }

    /** Writes that are not about one game, such as registration: synchronous on the primary database. */
    record Primary() implements Destination {
    }

    /** Reads, game creation and everything outside the API. */
    record Anywhere() implements Destination {
    }

    PathPattern GAME = PathPatternParser.defaultInstance.parse("/api/games/{id}/**");
    PathPattern EVENTS = PathPatternParser.defaultInstance.parse("/api/games/{id}/events");
    PathPattern CHAT = PathPatternParser.defaultInstance.parse("/api/games/{id}/chat");
    PathPattern GAMES = PathPatternParser.defaultInstance.parse("/api/games");
    PathPattern API = PathPatternParser.defaultInstance.parse("/api/**");
    PathPattern IMPORT = PathPatternParser.defaultInstance.parse("/api/games/import");

    static Destination of(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            var events = method == HttpMethod.GET ? EVENTS.matchAndExtract(path) : null;
            events = events == null && method == HttpMethod.GET ? CHAT.matchAndExtract(path) : events;
            return events != null ? new Host(events.getUriVariables().get("id")) : new Anywhere();
        }
        var game = IMPORT.matches(path) ? null : GAME.matchAndExtract(path);
        if (game != null) {
            return new Host(game.getUriVariables().get("id"));
        }
        // A game is created (or imported) in the region that receives the request; nothing outside the API moves.
        return GAMES.matches(path) || IMPORT.matches(path) || !API.matches(path) ? new Anywhere() : new Primary();
    }
}
