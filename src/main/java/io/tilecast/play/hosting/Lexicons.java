package io.tilecast.play.hosting;

import io.tilecast.game.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The word lists games can be played with: the shipped {@code english} list, plus any an operator adds as {@code
 * tilecast.lexicons.<name>=<path>} (one word per line, plain or gzipped).
 */
@ConfigurationProperties("tilecast")
public final class Lexicons {

    public static final String DEFAULT = Lexicon.english().name();

    private final Map<String, Lexicon> byName = new LinkedHashMap<>();

    public Lexicons(Map<String, Path> lexicons) {
        byName.put(DEFAULT, Lexicon.english());
        if (lexicons != null) {
            lexicons.forEach((name, path) -> byName.put(name, load(name, path)));
        }
    }

    public Optional<Lexicon> named(String name) {
        return Optional.ofNullable(byName.get(name == null ? DEFAULT : name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    private static Lexicon load(String name, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return Lexicon.load(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read lexicon '" + name + "' from " + path, e);
        }
    }
}
