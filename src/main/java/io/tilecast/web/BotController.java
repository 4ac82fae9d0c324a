package io.tilecast.web;

import io.tilecast.play.computer.Bots;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The computer opponents one can play ({@code GET /api/bots}, API.md "Computer opponents"). */
@RestController
class BotController {

    record BotView(String id, String name, int level) {
    }

    @GetMapping("/api/bots")
    Map<String, List<BotView>> bots() {
        return Map.of("bots", Bots.all().stream().map(bot -> new BotView(bot.id(), bot.name(), bot.level())).toList());
    }
}
