package io.tilecast.play.computer;

import io.tilecast.game.search.Beginner;
import io.tilecast.game.search.Expert;
import io.tilecast.game.search.Master;
import io.tilecast.game.search.Steady;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The computer opponents this server offers, weakest first; their player rows come with the schema. */
public final class Bots {

    private static final List<Bot> ALL = List.of(
            new Bot("bot-beginner", "Beginner bot", 1, new Beginner()),
            new Bot("bot-steady", "Steady bot", 2, new Steady()),
            new Bot("bot-expert", "Expert bot", 3, new Expert()),
            new Bot("bot-master", "Master bot", 4, new Master(Duration.ofSeconds(1))));
    private static final Map<String, Bot> BY_ID = ALL.stream().collect(Collectors.toMap(Bot::id, bot -> bot));

    private Bots() {
    }

    public static List<Bot> all() {
        return ALL;
    }

    public static Optional<Bot> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
