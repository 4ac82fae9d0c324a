package io.tilecast.play.computer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tilecast.game.search.Master;
import io.tilecast.play.host.GameHost;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The games against the master level this process hosts, at most a limit: the master's thinking is what costs. */
public final class MasterGames {

    private final int limit;
    private final Predicate<GameHost> hostedHere;
    private final Set<GameHost> playing = ConcurrentHashMap.newKeySet();
    private final Counter refused;

    /** @param hostedHere whether this process still hosts that game (it leaves memory when idle or handed over) */
    public MasterGames(int limit, Predicate<GameHost> hostedHere, MeterRegistry meters) {
        this.limit = limit;
        this.hostedHere = hostedHere;
        this.refused = Counter.builder("tilecast.bots.master.refused")
                .description("Games against the master bot refused because as many as the limit were in play")
                .register(meters);
        Gauge.builder("tilecast.bots.master.games", this, MasterGames::inPlay)
                .description("Games against the master bot in play on this process").strongReference(true)
                .register(meters);
    }

    public static boolean plays(Bot bot) {
        return bot.strategy() instanceof Master;
    }

    /** The game {@code create} makes against {@code bot}; empty, and nothing made, when the master's games are full. */
    public Optional<GameHost> admit(Bot bot, Supplier<GameHost> create) {
        if (!plays(bot)) {
            return Optional.of(create.get());
        }
        synchronized (this) {
            if (inPlay() >= limit) {
                refused.increment();
                return Optional.empty();
            }
            GameHost host = create.get();
            playing.add(host);
            return Optional.of(host);
        }
    }

    /** Counts a game this process took over, whatever the limit: refusing it would strand its player. */
    public void playing(GameHost host) {
        playing.add(host);
        inPlay();
    }

    /** The master's games still being played here; a game that ended or left memory frees its place. */
    public int inPlay() {
        playing.removeIf(host -> host.status().over() || !hostedHere.test(host));
        return playing.size();
    }
}
