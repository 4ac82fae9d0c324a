package io.tilecast.play.host;

import io.tilecast.play.host.view.GameView;
import io.tilecast.play.host.view.LiveEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;

/** The live side of one game: the recent events a watcher resumes from, the audience they are handed to, presence. */
final class GameStreams {

    private final RecentEvents recent;
    private final Audience audience;
    private final Presence presence;
    private final Clock clock;
    private volatile int seated;
    private final Predicate<String> attended;
    private final Nudges nudges;
    private volatile Table current;
    private final GameChat chat;

    GameStreams(PlaySettings settings, PlayMeters meters, List<GameEvent> history, Clock clock, Table table,
                Predicate<String> attended, GameLog log) {
        this.recent = new RecentEvents(settings.resumeBuffer());
        this.audience = new Audience(settings.watcherBuffer(), meters);
        this.clock = clock;
        this.attended = attended;
        this.presence = new Presence(table.setup().seatCount(), now(), settings.presenceGrace(), settings.claimAfter(),
                shown -> audience.announce(presenceEvent(shown)));
        this.nudges = new Nudges(nudged -> audience.announce(new Delivery(EventName.NUDGE, 0, nudged)));
        history.forEach(recent::add);
        current = table;
        seated(table.players());
        this.chat = new GameChat(() -> current, this::now, log, audience);
    }

    void publish(Table after, List<GameEvent> events) {
        current = after;
        seated(after.players());
        events.forEach(this::publish);
    }

    private void publish(GameEvent event) {
        recent.add(event);
        audience.publish(event);
    }

    Flux<Delivery> watch(Table table, Viewer viewer, OptionalInt lastEventId, StreamLine line, boolean closed) {
        if (table.status().over()) {
            return Flux.fromIterable(backlog(table, viewer, lastEventId));
        }
        if (closed) {
            return Flux.just(reconnect(table, ReconnectReason.HANDED_OVER));
        }
        OptionalInt seat = viewer.seat();
        seat.ifPresent(presence::arrive);
        Flux<Delivery> events = audience.join(viewer, backlog(table, viewer, lastEventId), table.version(), line);
        return seat.isEmpty() ? events : events.doFinally(signal -> presence.leave(seat.getAsInt(), now()));
    }

    private List<Delivery> backlog(Table table, Viewer viewer, OptionalInt lastEventId) {
        List<Delivery> backlog = lastEventId.isPresent()
                ? recent.after(lastEventId.getAsInt(), table.version(), viewer).orElse(null)
                : null;
        if (backlog == null) {
            return List.of(new Delivery(EventName.SNAPSHOT, table.version(), view(table, viewer)));
        }
        List<Delivery> resumed = new ArrayList<>(backlog);
        resumed.add(presenceEvent(presence.shown())); // the end of what was missed
        return resumed;
    }

    GameView view(Table table, Viewer viewer) {
        return GameViews.game(table, viewer).with(presence.shown().seated(seated));
    }

    void seated(List<PlayerRef> players) {
        seated = players.size();
        for (int seat = 0; seat < players.size(); seat++) {
            if (attended.test(players.get(seat).id())) {
                presence.attend(seat);
            }
        }
    }

    List<Optional<Instant>> claimableFrom() {
        return presence.claimableFrom();
    }

    void keepPresence() {
        presence.tick(now());
    }

    Outcome<LiveEvents.Nudged> nudge(PlayerRef caller) {
        return nudges.nudge(current, caller, now());
    }

    GameChat chat() {
        return chat;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Delivery presenceEvent(LiveEvents.Presence shown) {
        return new Delivery(EventName.PRESENCE, 0, shown.seated(seated));
    }

    void closeAll(Table table, ReconnectReason reason) {
        audience.closeAll(reason == null ? null : reconnect(table, reason));
    }

    void heartbeat() {
        audience.heartbeat();
    }

    int watchers() {
        return audience.size();
    }

    private static Delivery reconnect(Table table, ReconnectReason reason) {
        return new Delivery(EventName.RECONNECT, table.version(), new LiveEvents.Reconnect(table.version(), reason));
    }
}
