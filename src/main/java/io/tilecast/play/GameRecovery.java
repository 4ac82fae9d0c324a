package io.tilecast.play;

import reactor.core.publisher.Mono;

/** Takes over a game that is not in memory: claims its lease and rebuilds it from its log. */
public interface GameRecovery {

    /** The rebuilt host, or empty when there is no such game or another live machine holds it. */
    Mono<GameHost> recover(String gameId);
}
