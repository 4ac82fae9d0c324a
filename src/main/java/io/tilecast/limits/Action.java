package io.tilecast.limits;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** What a limited request does, judged from its method and path; each has its own buckets. */
enum Action {
    REGISTER("register", "registrations"),
    CREATE("create", "games created"),
    COMMAND("command", "game commands"),
    STREAM("stream", "live streams opened"),
    SIGN_IN("sign-in", "sign-ins"),
    PASSWORD("password", "password changes"),
    CHAT("chat", "chat messages"),
    REPORT("report", "reports");

    private static final PathPattern GAME = PathPatternParser.defaultInstance.parse("/api/games/{id}/**");
    private static final PathPattern EVENTS = PathPatternParser.defaultInstance.parse("/api/games/{id}/events");
    private static final PathPattern PLAYERS = PathPatternParser.defaultInstance.parse("/api/players");
    private static final PathPattern GAMES = PathPatternParser.defaultInstance.parse("/api/games");
    private static final PathPattern SESSION = PathPatternParser.defaultInstance.parse("/api/session");
    private static final PathPattern LOBBY = PathPatternParser.defaultInstance.parse("/api/lobby/events");
    private static final PathPattern IMPORT = PathPatternParser.defaultInstance.parse("/api/games/import");

    final String tag;
    final String counted;

    Action(String tag, String counted) {
        this.tag = tag;
        this.counted = counted;
    }

    static Action of(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.GET) {
            return EVENTS.matches(path) || LOBBY.matches(path) ? STREAM : null;
        }
        if (method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
            return null;
        }
        if (method == HttpMethod.POST && PLAYERS.matches(path)) {
            return REGISTER;
        }
        if (method == HttpMethod.POST && (GAMES.matches(path) || IMPORT.matches(path))) {
            return CREATE;
        }
        if (method == HttpMethod.POST && SESSION.matches(path)) {
            return SIGN_IN;
        }
        return GAME.matches(path) ? COMMAND : null;
    }
}
