package io.tilecast.play.host;

import io.tilecast.game.rules.RejectionCode;
import io.tilecast.play.host.view.ChatMessage;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A game's chat on its host: a seated player says to {@code players}, anyone else to {@code spectators}; each line is
 * logged behind like a move, handed to the watchers allowed to see it, and the last {@value #KEPT} said here are kept.
 */
public final class GameChat {

    public static final int KEPT = 100;
    public static final int MAX_LENGTH = 300;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Supplier<Table> table;
    private final Supplier<Instant> clock;
    private final GameLog log;
    private final Audience audience;
    private final ArrayDeque<ChatMessage> recent = new ArrayDeque<>(KEPT);

    GameChat(Supplier<Table> table, Supplier<Instant> clock, GameLog log, Audience audience) {
        this.table = table;
        this.clock = clock;
        this.log = log;
        this.audience = audience;
    }

    /** The text as said: trimmed, 1 to {@value #MAX_LENGTH} characters, none of them a control character. */
    public static Optional<String> text(String said) {
        if (said == null) {
            return Optional.empty();
        }
        String text = said.strip();
        int length = text.codePointCount(0, text.length());
        boolean clean = text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE);
        return length >= 1 && length <= MAX_LENGTH && clean ? Optional.of(text) : Optional.empty();
    }

    /** Says {@code said} as {@code from}; refused when the text is not chat, the game is over or the log is full. */
    public synchronized Outcome<ChatMessage> say(PlayerRef from, String said) {
        Optional<String> text = text(said);
        if (text.isEmpty()) {
            return Outcome.refused(RejectionCode.INVALID_CHAT);
        }
        Table now = table.get();
        if (now.status() == Status.FINISHED) {
            return Outcome.refused(RejectionCode.CHAT_CLOSED);
        }
        String channel = now.seatOf(from.id()).isPresent() ? ChatMessage.PLAYERS : ChatMessage.SPECTATORS;
        ChatMessage message = new ChatMessage(newId(), channel, from, text.get(), clock.get());
        if (!log.said(now.setup().id(), message)) {
            return Outcome.refused(RejectionCode.JOURNAL_FULL);
        }
        if (recent.size() == KEPT) {
            recent.removeFirst();
        }
        recent.addLast(message);
        audience.say(new Delivery(EventName.CHAT, 0, message), message, this::sees);
        return Outcome.done(message);
    }

    /** Whether a viewer sees this channel: spectators see both, players only their own until the game is over. */
    boolean sees(Viewer viewer, ChatMessage message) {
        return !message.fromSpectator() || viewer.seat().isEmpty() || table.get().status() == Status.FINISHED;
    }

    /** Whether {@code caller} (null: a visitor) may read the spectators' channel now. */
    public boolean seesSpectators(PlayerRef caller) {
        Table now = table.get();
        return now.status() == Status.FINISHED || now.viewerOf(caller).seat().isEmpty();
    }

    /** The lines said on this host that {@code caller} may see and {@code hears}, oldest first. */
    public synchronized List<ChatMessage> recent(PlayerRef caller, Predicate<String> hears) {
        boolean spectators = seesSpectators(caller);
        List<ChatMessage> seen = new ArrayList<>(recent.size());
        for (ChatMessage message : recent) {
            if ((spectators || !message.fromSpectator()) && hears.test(message.from().id())) {
                seen.add(message);
            }
        }
        return seen;
    }

    /** The ids of the players seated now. */
    public List<String> seated() {
        return table.get().players().stream().map(PlayerRef::id).toList();
    }

    private static String newId() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
