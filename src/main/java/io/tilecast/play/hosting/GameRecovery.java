package io.tilecast.play.hosting;

import io.tilecast.play.host.GameHost;
import reactor.core.publisher.Mono;

/** Takes over a game that is not in memory: claims its lease and rebuilds it from its log. */
public interface GameRecovery {

    /**
     * The rebuilt host, or empty when there is no such game; {@link LeaseHeldElsewhere} when another
     * machine holds a live lease on it.
     */
    Mono<GameHost> recover(String gameId);
}
