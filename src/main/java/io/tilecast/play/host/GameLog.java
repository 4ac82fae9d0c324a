package io.tilecast.play.host;

import java.util.List;
import reactor.core.publisher.Mono;

/** Where a host's changes are recorded before they take effect. */
public interface GameLog {

    /** A game read back to be served, never changed (a finished game, or a read-only copy): nothing is recorded. */
    GameLog READ_ONLY = (epoch, after, events) -> false;

    /** Accepts the change (and will make it durable) or refuses it: then the change must not happen. */
    boolean record(long epoch, Table after, List<LoggedEvent> events);

    /** Completes once every change recorded before the call is durable (or left out for good); errors if it cannot be. */
    default Mono<Void> flushed() {
        return Mono.empty();
    }
}
