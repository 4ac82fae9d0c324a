package io.tilecast.play.host;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The game hosts' meters (DESIGN.md "Observability"), under the prefix {@code tilecast.}. */
public final class PlayMeters {

    private final MeterRegistry registry;
    private final AtomicInteger openStreams = new AtomicInteger();
    private final Counter cutOffs;
    private final Timer ackLatency;
    private final Timer fanoutLatency;
    private final Map<String, Counter> commands = new ConcurrentHashMap<>();

    public PlayMeters(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("tilecast.streams.open", openStreams, AtomicInteger::get)
                .description("Open live event streams").register(registry);
        this.cutOffs = Counter.builder("tilecast.streams.cut.off")
                .description("Streams ended because their reader fell too far behind").register(registry);
        this.ackLatency = Timer.builder("tilecast.command.ack.latency")
                .description("From a command reaching its host to its answer").publishPercentileHistogram()
                .register(registry);
        this.fanoutLatency = Timer.builder("tilecast.fanout.latency")
                .description("From a game event published to its hand-off to the last of its watchers")
                .publishPercentileHistogram()
                .register(registry);
        for (Eviction reason : Eviction.values()) {
            registry.counter("tilecast.games.evicted", "reason", reason.tag());
        }
    }

    void streamOpened() {
        openStreams.incrementAndGet();
    }

    void streamClosed() {
        openStreams.decrementAndGet();
    }

    void slowWatcherCutOff() {
        cutOffs.increment();
    }

    public void commandAnswered(String command, String outcome, Duration took) {
        commands.computeIfAbsent(command + ' ' + outcome,
                key -> registry.counter("tilecast.commands", "command", command, "outcome", outcome)).increment();
        ackLatency.record(took);
    }

    void fannedOut(Duration took) {
        fanoutLatency.record(took);
    }

    public void evicted(Eviction reason) {
        registry.counter("tilecast.games.evicted", "reason", reason.tag()).increment();
    }

    public int openStreams() {
        return openStreams.get();
    }
}
