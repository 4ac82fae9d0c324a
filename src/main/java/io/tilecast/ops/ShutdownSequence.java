package io.tilecast.ops;

import io.tilecast.play.host.PlayMeters;
import io.tilecast.play.hosting.HostedGames;
import io.tilecast.play.lobby.LobbyFeed;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * The first steps of a graceful shutdown (DESIGN.md "Shutdown"), taken as soon as the context starts closing, before
 * the web server drains: readiness goes down, every live stream is told to reconnect and ends (else the graceful drain
 * would wait for streams that never end), and hosts stop taking commands.
 */
@Component
class ShutdownSequence implements ApplicationListener<ContextClosedEvent> {

    private static final Log log = LogFactory.getLog(ShutdownSequence.class);

    private final ApplicationContext context;
    private final HostedGames games;
    private final PlayMeters meters;
    private final LobbyFeed lobby;

    ShutdownSequence(ApplicationContext context, HostedGames games, PlayMeters meters, LobbyFeed lobby) {
        this.context = context;
        this.games = games;
        this.meters = meters;
        this.lobby = lobby;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() != context) {
            return; // the operations port's own context closing, which tells its parent too
        }
        AvailabilityChangeEvent.publish(event.getApplicationContext(), ReadinessState.REFUSING_TRAFFIC);
        int streams = meters.openStreams();
        games.closeStreams();
        lobby.close();
        games.stopCommands();
        log.info("Shutting down: readiness down, " + streams + " live streams told to reconnect, "
                + games.size() + " game hosts stopped taking commands");
    }
}
