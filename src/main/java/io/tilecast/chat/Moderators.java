package io.tilecast.chat;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The players who moderate: the ids in {@code tilecast.moderators} (a list, or one comma-separated string). */
@Component
public class Moderators {

    private final Set<String> ids;

    Moderators(Environment environment) {
        this.ids = Set.copyOf(Binder.get(environment).bind("tilecast.moderators", Bindable.listOf(String.class))
                .orElse(List.of()).stream().map(String::strip).filter(id -> !id.isEmpty()).toList());
    }

    public boolean includes(String playerId) {
        return playerId != null && ids.contains(playerId);
    }
}
