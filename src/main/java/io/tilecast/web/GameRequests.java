package io.tilecast.web;

import io.tilecast.game.rules.ChallengeRule;
import io.tilecast.game.rules.Rejection;
import io.tilecast.game.rules.RejectionCode;
import io.tilecast.game.rules.TimeControl;
import io.tilecast.play.host.MoveCommand;
import io.tilecast.problem.ApiProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Request bodies of the game routes, as clients send them (API.md). */
final class GameRequests {

    private GameRequests() {
    }

    /**
     * {@code POST /api/games}: seats 2–4 (default 2), an optional lexicon name, an optional time control (omitted means
     * the default, {@code null} an untimed game), an optional bot and challenge rule, and whether it is rated (default
     * true).
     */
    record Create(Integer seats, String lexicon, JsonNode clock, String opponent, JsonNode challenge, Boolean rated) {

        ChallengeRule challengeRule() {
            if (challenge == null || challenge.isMissingNode() || challenge.isNull()) {
                return ChallengeRule.VOID;
            }
            return (challenge.isString() ? ChallengeRule.named(challenge.asString()) : Optional.<ChallengeRule>empty())
                    .orElseThrow(() -> Refusals.problem(Rejection.of(RejectionCode.INVALID_CHALLENGE)));
        }

        private static final Set<String> CLOCK_MEMBERS = Set.of("initial", "increment", "overtime");

        TimeControl timeControl() {
            if (clock == null || clock.isMissingNode()) {
                return TimeControl.DEFAULT;
            }
            if (clock.isNull()) {
                return null;
            }
            if (!clock.isObject() || clock.properties().stream().anyMatch(m -> !CLOCK_MEMBERS.contains(m.getKey()))) {
                throw invalidClock();
            }
            int initial = member("initial", TimeControl.DEFAULT.initial());
            int increment = member("increment", TimeControl.DEFAULT.increment());
            int overtime = member("overtime", TimeControl.DEFAULT.overtime());
            if (!TimeControl.valid(initial, increment, overtime)) {
                throw invalidClock();
            }
            return new TimeControl(initial, increment, overtime);
        }

        private int member(String name, int otherwise) {
            JsonNode value = clock.get(name);
            if (value == null) {
                return otherwise;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw invalidClock();
            }
            return value.intValue();
        }

        private static ApiProblem invalidClock() {
            return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-clock", "A clock is {initial: "
                    + TimeControl.MIN_INITIAL + "–" + TimeControl.MAX_INITIAL + " s, increment: 0–"
                    + TimeControl.MAX_INCREMENT + " s, overtime: 0–" + TimeControl.MAX_OVERTIME
                    + " min}, or null for an untimed game.");
        }
    }

    /** {@code POST /api/games/{id}/moves}: a move plus the version the client saw. */
    record Move(String type, Integer version, List<MoveCommand.TileCommand> tiles, String letters) {

        MoveCommand command() {
            return new MoveCommand(type, tiles, letters);
        }
    }
}
