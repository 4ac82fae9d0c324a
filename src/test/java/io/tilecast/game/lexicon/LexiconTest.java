package io.tilecast.game.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void theDefaultListHoldsTheTwoLetterWordsPlayersRelyOn() {
        Lexicon english = Lexicon.english();

        assertThat(english.name()).isEqualTo("english");
        assertThat(List.of("QI", "ZA", "XU", "AA", "JO", "CAT", "NASTIER")).allMatch(english::contains);
        assertThat(english.contains("CATX")).isFalse();
        assertThat(Lexicon.english()).isSameAs(english);
    }

    @Test
    void wordsAreAskedForInUppercaseAndTwoToFifteenLetters() {
        Lexicon english = Lexicon.english();

        assertThat(english.contains("cat")).isFalse();
        assertThat(english.contains("A")).isFalse();
        assertThat(english.contains("")).isFalse();
        assertThat(english.contains("CAT!")).isFalse();
        assertThat(english.contains(new StringBuilder("CAT"))).isTrue();
    }

    @Test
    void loadsPlainTextOfAnyCase() {
        Lexicon lexicon = Lexicon.load("house", stream("Cat\ndog\r\nEMU\n\nnot-a-word\nx\nabcdefghijklmnop\nlast"));

        assertThat(lexicon.name()).isEqualTo("house");
        assertThat(List.of("CAT", "DOG", "EMU", "LAST")).allMatch(lexicon::contains);
        assertThat(lexicon.contains("NOTAWORD")).isFalse();
        assertThat(lexicon.contains("X")).isFalse();
        assertThat(lexicon.contains("ABCDEFGHIJKLMNOP")).isFalse();
    }

    @Test
    void recognisesGzipByItsMagicBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("qat\nzax\n".getBytes(StandardCharsets.US_ASCII));
        }

        Lexicon lexicon = Lexicon.load("zipped", new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(lexicon.contains("QAT")).isTrue();
        assertThat(lexicon.contains("ZAX")).isTrue();
        assertThat(lexicon.contains("CAT")).isFalse();
    }

    @Test
    void aGivenLetterCollectionBecomesALexicon() {
        Lexicon lexicon = Lexicon.of("tiny", List.of("at", "TA", "at"));

        assertThat(lexicon.contains("AT")).isTrue();
        assertThat(lexicon.contains("TA")).isTrue();
        assertThat(lexicon).hasToString("Lexicon[tiny, 2 words]");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
