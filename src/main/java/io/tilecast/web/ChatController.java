package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.chat.Blocks;
import io.tilecast.chat.ChatHistory;
import io.tilecast.chat.Mutes;
import io.tilecast.edge.ResolvedHost;
import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.limits.ChatLimits;
import io.tilecast.play.host.GameChat;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.view.ChatMessage;
import io.tilecast.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A game's chat (API.md "Chat"): said to the game's host, read back from it and from the database. */
@RestController
class ChatController {

    /** {@code POST /api/games/{id}/chat}. */
    record Say(String text) {
    }

    record Lines(List<ChatMessage> messages) {
    }

    private final GameFinder finder;
    private final ChatLimits limits;
    private final Mutes mutes;
    private final Blocks blocks;
    private final ChatHistory history;

    ChatController(GameFinder finder, ChatLimits limits, Mutes mutes, Blocks blocks, ChatHistory history) {
        this.finder = finder;
        this.limits = limits;
        this.mutes = mutes;
        this.blocks = blocks;
        this.history = history;
    }

    @PostMapping("/api/games/{id}/chat")
    @BadRequestCode("invalid-chat")
    Mono<ResponseEntity<ChatMessage>> say(@PathVariable String id, Caller caller,
                                          @RequestBody(required = false) Say body, ServerWebExchange exchange) {
        PlayerRef player = finder.player(caller);
        String text = body == null ? null : body.text();
        if (GameChat.text(text).isEmpty()) {
            throw Refusals.problem(Rejection.of(RejectionCode.INVALID_CHAT));
        }
        limits.chargeChat(player.id(), exchange);
        return mutes.muted(player.id())
                .flatMap(muted -> muted ? Mono.error(new ApiProblem(HttpStatus.FORBIDDEN, "muted",
                        "A moderator has muted you: you cannot chat.")) : finder.host(exchange, id))
                .map(host -> ResponseEntity.accepted().body(Refusals.orThrow(host.chat().say(player, text))));
    }

    @GetMapping("/api/games/{id}/chat")
    Mono<Lines> read(@PathVariable String id, Caller caller, ServerWebExchange exchange) {
        PlayerRef reader = finder.viewer(caller);
        String readerId = reader == null ? null : reader.id();
        Mono<GameHost> game = ResolvedHost.of(exchange, id).map(Mono::just).orElseGet(() -> finder.hereOrArchived(id))
                .switchIfEmpty(Mono.error(() -> finder.notFound(id)));
        return game.zipWith(blocks.blockedBy(readerId)).flatMap(found -> {
            GameChat chat = found.getT1().chat();
            Set<String> blocked = found.getT2();
            List<ChatMessage> here = chat.recent(reader, author -> !blocked.contains(author));
            return history.last(id, chat.seesSpectators(reader), readerId, GameChat.KEPT).collectList()
                    .map(stored -> new Lines(merged(stored, here)));
        });
    }

    /** The stored lines and those said here that are not stored yet, oldest first, the last {@value GameChat#KEPT}. */
    private static List<ChatMessage> merged(List<ChatMessage> stored, List<ChatMessage> here) {
        Map<String, ChatMessage> byId = new LinkedHashMap<>();
        stored.forEach(message -> byId.put(message.id(), message));
        here.forEach(message -> byId.putIfAbsent(message.id(), message));
        List<ChatMessage> lines = new ArrayList<>(byId.values());
        lines.sort(Comparator.comparing(ChatMessage::at));
        return List.copyOf(lines.subList(Math.max(0, lines.size() - GameChat.KEPT), lines.size()));
    }
}
