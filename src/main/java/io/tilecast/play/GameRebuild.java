package io.tilecast.play;

import io.tilecast.game.Lexicon;
import io.tilecast.game.Move;
import io.tilecast.game.TimeControl;
import io.tilecast.journal.StoredEvent;
import io.tilecast.journal.StoredGame;
import java.time.Clock;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rebuilds a host from a game's seed and event log (DESIGN.md "Events are the record") by replaying
 * every logged command through the host itself, at the instant it was first applied, so a rebuilt
 * game is exactly the game that was played: same racks, same bag, same versions, the same time on
 * every clock, and the same recent events for resuming clients.
 */
public final class GameRebuild {

    private final JsonMapper json;
    private final Lexicons lexicons;
    private final PlaySettings settings;
    private final PlayMeters meters;
    private final Clock clock;

    public GameRebuild(JsonMapper json, Lexicons lexicons, PlaySettings settings, PlayMeters meters, Clock clock) {
        this.clock = clock;
        this.json = json;
        this.lexicons = lexicons;
        this.settings = settings;
        this.meters = meters;
    }

    /**
     * The game as stored, hosted under lease {@code epoch} (0 for a read-only copy), its later
     * changes going to {@code log}.
     *
     * @throws IllegalStateException when the log does not replay (a corrupt or forked log) or the
     *     game's lexicon is not on this server: such a game must not be hosted
     */
    public GameHost rebuild(StoredGame game, List<StoredEvent> events, long epoch, GameLog log) {
        Lexicon lexicon = lexicons.named(game.lexicon()).orElseThrow(() -> new IllegalStateException(
                "Game " + game.id() + " is played with lexicon '" + game.lexicon() + "', which this server lacks"));
        String id = game.id();
        if (events.isEmpty() || !events.getFirst().type().equals("created")) {
            throw new IllegalStateException("Game " + id + " has no 'created' event");
        }
        JsonNode created = json.readTree(events.getFirst().payloadJson());
        PlayerRef creator = json.treeToValue(created.get("creator"), PlayerRef.class);
        JsonNode clockNode = created.get("clock");
        TimeControl timeControl = clockNode == null || clockNode.isNull() ? null
                : json.treeToValue(clockNode, TimeControl.class); // a game from before clocks is untimed
        GameSetup setup = new GameSetup(id, game.region(), creator, game.seatCount(), lexicon, game.seed(),
                game.createdAt(), timeControl, text(created.get("rematchOf")));
        GameHost host = new GameHost(setup, epoch, Table.created(creator), GameLog.REPLAYING, settings, meters, clock);
        host.recordCreation();
        for (StoredEvent event : events.subList(1, events.size())) {
            replay(host, event);
            // The turn that ends a game also logs the 'ended' event, one version later.
            boolean turn = event.type().equals("moved") || event.type().equals("timeout");
            int expected = turn && host.status() == Status.FINISHED
                    ? event.version() + 1 : event.version();
            if (host.version() != expected) {
                throw new IllegalStateException("Game " + id + " replays to version " + host.version()
                        + " where its log has " + event.version());
            }
        }
        host.logTo(log);
        return host;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private void replay(GameHost host, StoredEvent event) {
        JsonNode payload = json.readTree(event.payloadJson());
        Outcome<?> outcome = switch (event.type()) {
            case "joined" -> host.join(json.treeToValue(payload.get("player"), PlayerRef.class), event.at());
            case "started" -> host.start(host.setup().creator(), event.at());
            case "moved" -> {
                PlayerRef mover = host.player(payload.get("seat").asInt());
                Move move = json.treeToValue(payload.get("move"), MoveCommand.class).toMove()
                        .orElseThrow(() -> new IllegalStateException("Unreadable move at version " + event.version()));
                yield host.move(mover, host.version(), move, event.at());
            }
            case "timeout" -> host.timeOut(event.at());
            case "ended" -> Outcome.done(null); // produced by the move that ended the game
            default -> throw new IllegalStateException("Unknown event type " + event.type());
        };
        if (outcome instanceof Outcome.Refused<?> refused) {
            throw new IllegalStateException("Game " + host.id() + " version " + event.version() + " does not replay: "
                    + refused.refusal().code());
        }
    }

}
