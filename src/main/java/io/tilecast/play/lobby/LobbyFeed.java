package io.tilecast.play.lobby;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.play.host.Delivery;
import io.tilecast.play.host.EventName;
import io.tilecast.play.host.PlayerRef;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The live lobby of this machine. */
public final class LobbyFeed {

    private static final Log log = LogFactory.getLog(LobbyFeed.class);
    private static final int LISTED = 100;
    private static final int FINISHED = 50;

    private final Flux<LobbyChanges> reads;
    private final Sinks.Empty<Void> closed = Sinks.empty();
    private final int pageBuffer;
    private final AtomicInteger following = new AtomicInteger();
    private final Counter cutOffs;

    public LobbyFeed(Lobby lobby, Duration period, int pageBuffer, MeterRegistry registry) {
        this.pageBuffer = pageBuffer;
        Gauge.builder("tilecast.lobby.streams", following, AtomicInteger::get)
                .description("Open live lobby streams").register(registry);
        this.cutOffs = Counter.builder("tilecast.lobby.cut.off")
                .description("Lobby streams ended because their reader fell too far behind").register(registry);
        Counter queries = Counter.builder("tilecast.lobby.queries")
                .description("Lobby reads made for the pages following the live lobby").register(registry);
        this.reads = Flux.interval(Duration.ZERO, period)
                .onBackpressureDrop()
                .concatMap(tick -> lobby.everything(LISTED, FINISHED).collectList()
                        .doOnSubscribe(subscription -> queries.increment())
                        .onErrorResume(e -> {
                            log.warn("Could not read the lobby: " + e.getMessage());
                            return Mono.empty();
                        }))
                .scan(LobbyChanges.NONE, LobbyChanges::next)
                .skip(1)
                .replay(1)
                .refCount();
    }

    /**
     * The lobby for one page: a {@code snapshot} of the lobby as last read (with {@code mine} for {@code player}, when
     * there is one), then a {@code game} or {@code gone} for each change.
     */
    public Flux<Delivery> follow(PlayerRef player) {
        Sinks.Empty<Void> cutOff = Sinks.empty();
        return reads.index()
                .concatMapIterable(read -> read.getT1() == 0
                        ? List.of(new Delivery(EventName.SNAPSHOT, 0, read.getT2().snapshot(player)))
                        : read.getT2().changes())
                .onBackpressureBuffer(pageBuffer, dropped -> {
                    if (cutOff.tryEmitEmpty().isSuccess()) {
                        cutOffs.increment();
                    }
                }, BufferOverflowStrategy.DROP_LATEST)
                .takeUntilOther(Mono.firstWithSignal(closed.asMono(), cutOff.asMono()))
                .doOnSubscribe(subscription -> following.incrementAndGet())
                .doFinally(signal -> following.decrementAndGet());
    }

    /** Shutdown: every page's stream ends (it reconnects elsewhere), and no new one opens here. */
    public void close() {
        closed.tryEmitEmpty();
    }
}
