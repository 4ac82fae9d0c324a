package io.tilecast.limits;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The limits of this process: for each action one per address and (but for registration, which makes a new player) one
 * per player, and the most streams each may hold open.
 */
final class RateLimits {

    private final Map<Action, RateLimit> byAddress = new EnumMap<>(Action.class);
    private final Map<Action, RateLimit> byPlayer = new EnumMap<>(Action.class);
    private final OpenStreams openByAddress;
    private final OpenStreams openByPlayer;

    RateLimits(LimitSettings settings, Clock clock, MeterRegistry meters) {
        Map.of(Action.REGISTER, settings.registerPerAddress(), Action.CREATE, settings.createPerAddress(),
                        Action.COMMAND, settings.commandsPerAddress(), Action.STREAM, settings.streamsPerAddress(),
                        Action.SIGN_IN, settings.signInPerAddress())
                .forEach((action, rate) -> byAddress.put(action,
                        new RateLimit(action, KeyKind.ADDRESS, rate, settings.maxKeys(), clock, meters)));
        Map.of(Action.CREATE, settings.createPerPlayer(), Action.COMMAND, settings.commandsPerPlayer(),
                        Action.STREAM, settings.streamsPerPlayer())
                .forEach((action, rate) -> byPlayer.put(action,
                        new RateLimit(action, KeyKind.PLAYER, rate, settings.maxKeys(), clock, meters)));
        this.openByAddress = new OpenStreams(KeyKind.ADDRESS, settings.openStreamsPerAddress(), meters);
        this.openByPlayer = new OpenStreams(KeyKind.PLAYER, settings.openStreamsPerPlayer(), meters);
    }

    Optional<Refusal> charge(Action action, String player, String address) {
        return Limit.takeBoth(byAddress.get(action), address, byPlayer.get(action), player);
    }

    Optional<Refusal> openStream(String player, String address) {
        return Limit.takeBoth(openByAddress, address, openByPlayer, player);
    }

    void closeStream(String player, String address) {
        openByAddress.giveBack(address);
        if (player != null) {
            openByPlayer.giveBack(player);
        }
    }
}
