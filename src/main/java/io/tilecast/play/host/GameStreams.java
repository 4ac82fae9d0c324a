package io.tilecast.play.host;

import io.tilecast.play.host.view.LiveEvents;
import java.util.List;
import java.util.OptionalInt;
import reactor.core.publisher.Flux;

/** The live side of one game: the recent events a watcher resumes from, and the audience they are handed to. */
final class GameStreams {

    private final RecentEvents recent;
    private final Audience audience;

    GameStreams(PlaySettings settings, PlayMeters meters, List<GameEvent> history) {
        this.recent = new RecentEvents(settings.resumeBuffer());
        this.audience = new Audience(settings.watcherBuffer(), meters);
        history.forEach(recent::add);
    }

    void publish(GameEvent event) {
        recent.add(event);
        audience.publish(event);
    }

    Flux<Delivery> watch(Table table, Viewer viewer, OptionalInt lastEventId, StreamLine line, boolean closed) {
        if (table.status() == Status.FINISHED) {
            return Flux.fromIterable(backlog(table, viewer, lastEventId));
        }
        if (closed) {
            return Flux.just(reconnect(table, ReconnectReason.HANDED_OVER));
        }
        return audience.join(viewer, backlog(table, viewer, lastEventId), table.version(), line);
    }

    private List<Delivery> backlog(Table table, Viewer viewer, OptionalInt lastEventId) {
        List<Delivery> backlog = lastEventId.isPresent()
                ? recent.after(lastEventId.getAsInt(), table.version(), viewer).orElse(null)
                : null;
        return backlog != null ? backlog
                : List.of(new Delivery(EventName.SNAPSHOT, table.version(), GameViews.game(table, viewer)));
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
