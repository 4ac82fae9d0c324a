package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Callers;
import io.tilecast.chat.Blocks;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's blocks (API.md "Chat"): a blocked player's chat never reaches them, nor may that player join them. */
@RestController
class BlockController {

    record Blocked(List<String> blocked) {
    }

    private final Blocks blocks;

    BlockController(Blocks blocks) {
        this.blocks = blocks;
    }

    @GetMapping("/api/players/me/blocks")
    Mono<Blocked> list(Caller caller) {
        return blocks.blockedBy(Callers.requirePlayer(caller).id()).map(ids -> new Blocked(List.copyOf(ids)));
    }

    @PutMapping("/api/players/me/blocks/{player}")
    Mono<ResponseEntity<Void>> block(@PathVariable String player, Caller caller) {
        return blocks.block(Callers.requirePlayer(caller).id(), player).thenReturn(ResponseEntity.noContent().build());
    }

    @DeleteMapping("/api/players/me/blocks/{player}")
    Mono<ResponseEntity<Void>> unblock(@PathVariable String player, Caller caller) {
        return blocks.unblock(Callers.requirePlayer(caller).id(), player)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
