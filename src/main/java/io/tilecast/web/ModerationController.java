package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.account.Callers;
import io.tilecast.chat.Moderators;
import io.tilecast.chat.Mutes;
import io.tilecast.chat.Report;
import io.tilecast.chat.Reports;
import io.tilecast.limits.ChatLimits;
import io.tilecast.problem.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reports by any player, and what the moderators ({@code tilecast.moderators}) do with them: mutes. */
@RestController
class ModerationController {

    /** {@code POST /api/reports}: {@code game} is optional. */
    record Filed(String player, String game, String reason) {
    }

    record Listed(List<Report> reports) {
    }

    static final int LISTED = 100;

    private final Reports reports;
    private final Mutes mutes;
    private final Moderators moderators;
    private final ChatLimits limits;

    ModerationController(Reports reports, Mutes mutes, Moderators moderators, ChatLimits limits) {
        this.reports = reports;
        this.mutes = mutes;
        this.moderators = moderators;
        this.limits = limits;
    }

    @PostMapping("/api/reports")
    @BadRequestCode("invalid-report")
    Mono<ResponseEntity<Void>> report(@RequestBody(required = false) Filed body, Caller caller,
                                      ServerWebExchange exchange) {
        String reporter = Callers.requirePlayer(caller).id();
        if (body == null || body.player() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-report", "A report is {player, game?, reason}.");
        }
        limits.chargeReport(reporter, exchange);
        return reports.report(reporter, body.player(), body.game(), body.reason())
                .thenReturn(ResponseEntity.accepted().build());
    }

    @GetMapping("/api/moderation/reports")
    Mono<Listed> reports(Caller caller) {
        moderator(caller);
        return reports.latest(LISTED).collectList().map(Listed::new);
    }

    @PutMapping("/api/moderation/mutes/{player}")
    Mono<ResponseEntity<Void>> mute(@PathVariable String player, Caller caller) {
        return mutes.mute(player, moderator(caller)).thenReturn(ResponseEntity.noContent().build());
    }

    @DeleteMapping("/api/moderation/mutes/{player}")
    Mono<ResponseEntity<Void>> unmute(@PathVariable String player, Caller caller) {
        moderator(caller);
        return mutes.unmute(player).thenReturn(ResponseEntity.noContent().build());
    }

    private String moderator(Caller caller) {
        String id = Callers.requirePlayer(caller).id();
        if (!moderators.includes(id)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "not-a-moderator", "Only a moderator may do this.");
        }
        return id;
    }
}
