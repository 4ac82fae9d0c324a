package io.tilecast.play.host;

import io.tilecast.play.host.view.ChatMessage;
import java.util.List;
import reactor.core.publisher.Mono;

/** Where a host's changes are recorded before they take effect. */
public interface GameLog {

    GameLog READ_ONLY = (epoch, after, events) -> false;

    boolean record(long epoch, Table after, List<LoggedEvent> events);

    default Mono<Void> flushed() {
        return Mono.empty();
    }

    /** Records a chat line behind its acknowledgement; false when it cannot be taken now. */
    default boolean said(String gameId, ChatMessage message) {
        return false;
    }
}
