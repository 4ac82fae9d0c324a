package io.tilecast.play.computer;

import io.tilecast.game.rules.Board;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.Rack;
import io.tilecast.game.rules.Word;
import io.tilecast.game.search.MoveGenerator;
import io.tilecast.game.search.Master;
import io.tilecast.game.search.Position;
import io.tilecast.play.host.GameHost;
import io.tilecast.play.host.Outcome;
import io.tilecast.play.host.view.GameView;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Plays the bots' turns in the games this process hosts: the quick levels on one thread, the master on its pool. */
public final class BotTurns implements AutoCloseable {

    private static final Log log = LogFactory.getLog(BotTurns.class);

    private final Duration thinkTime;
    private final Duration masterBudget;
    private final ScheduledExecutorService thinking = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bot-turns").daemon().factory());
    private final SplittableRandom random = new SplittableRandom();
    private final ThinkingPool masterThinking;
    private final MasterGames masters;

    public BotTurns(BotSettings settings, MasterGames masters) {
        this.thinkTime = settings.thinkTime();
        this.masterBudget = settings.masterBudget();
        this.masterThinking = new ThinkingPool("master-thinking", settings.masterThreads());
        this.masters = masters;
    }

    /** Follows a hosted game from now on, and plays at once if a bot is to move. */
    public void watch(GameHost host) {
        host.afterEachChange(() -> considerTurn(host));
        considerTurn(host);
    }

    private void considerTurn(GameHost host) {
        host.toMove().flatMap(player -> Bots.byId(player.id())).ifPresent(bot -> {
            if (MasterGames.plays(bot)) {
                masters.playing(host);
            }
            thinking.schedule(() -> play(host, bot), thinkTime.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void play(GameHost host, Bot bot) {
        try {
            GameView seen = host.view(bot.player());
            if (!"active".equals(seen.status()) || !seen.seats().get(seen.turn()).player().id().equals(bot.id())) {
                return;
            }
            if (seen.pending() != null && seen.pending() != seen.turn()) {
                List<String> words = seen.moves().getLast().words().stream().map(Word::word).toList();
                long coin = host.setup().seed() ^ seen.version();
                if (BotChallenges.challenges(bot, words, host.setup().lexicon(), coin)) {
                    answer(host, bot, seen.version(), new Move.Challenge());
                    return;
                }
                if (seen.bag() == 0 && seen.seats().get(seen.pending()).rackSize() == 0) {
                    answer(host, bot, seen.version(), new Move.Pass()); // the final pass
                    return;
                }
            }
            Position position = new Position(Board.of(seen.board()), Rack.of(seen.rack()),
                    seen.seats().stream().map(GameView.SeatView::score).toList(), seen.turn(), seen.bag());
            MoveGenerator moves = MoveGenerator.of(host.setup().lexicon());
            if (bot.strategy() instanceof Master master) {
                SplittableRandom own = random.split(); // split here: the random is this thread's alone
                masterThinking.execute(() -> choose(host, bot, seen.version(), () -> new Master(master.leaves(),
                        master.candidates(), masterThinking.share(masterBudget)).choose(position, moves, own)));
            } else {
                choose(host, bot, seen.version(), () -> bot.strategy().choose(position, moves, random));
            }
        } catch (RuntimeException e) {
            log.error("Bot " + bot.id() + " could not play in game " + host.id(), e);
        }
    }

    private static void choose(GameHost host, Bot bot, int version, Supplier<Move> decision) {
        try {
            answer(host, bot, version, decision.get());
        } catch (RuntimeException e) {
            log.error("Bot " + bot.id() + " could not play in game " + host.id(), e);
        }
    }

    private static void answer(GameHost host, Bot bot, int version, Move move) {
        if (host.move(bot.player(), version, move) instanceof Outcome.Refused<?> refused) {
            // The game moved on meanwhile (a resignation, a hand-over): the next change decides again.
            log.debug("Bot move in " + host.id() + " refused: " + refused.refusal().code());
        }
    }

    @Override
    public void close() {
        thinking.shutdownNow();
        masterThinking.close();
    }
}
