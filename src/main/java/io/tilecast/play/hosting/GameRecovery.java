package io.tilecast.play.hosting;

import io.tilecast.play.host.GameHost;
import reactor.core.publisher.Mono;

/** Takes over a game that is not in memory: claims its lease and rebuilds it from its log. */
public interface GameRecovery {

    Mono<GameHost> recover(String gameId);
}
