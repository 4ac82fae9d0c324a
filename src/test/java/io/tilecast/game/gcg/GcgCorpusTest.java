package io.tilecast.game.gcg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tilecast.game.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads real GCG records written by other software, when a folder of them is at hand
 * ({@code -Dtilecast.gcg-corpus=...}, or {@code ../shared/gcg-corpus}); the records are not part of the project.
 */
class GcgCorpusTest {

    private static Path corpus() {
        return Path.of(System.getProperty("tilecast.gcg-corpus", "../shared/gcg-corpus"));
    }

    @Test
    void recomputedScoresAgreeWithRealRecords() throws IOException {
        assumeTrue(Files.isDirectory(corpus()), "no GCG corpus at " + corpus().toAbsolutePath());
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus())) {
            files = listing.filter(p -> p.toString().endsWith(".gcg")).sorted().toList();
        }
        int placements = 0;
        int agreeing = 0;
        int unknownWords = 0;
        for (Path file : files) {
            GcgRecord record = GcgReader.read(GcgReader.decode(Files.readAllBytes(file)), Lexicon.english());
            long all = record.entries().stream().filter(e -> e.kind() == GcgEntry.Kind.PLACE).count();
            placements += (int) all;
            agreeing += (int) (record.scoredPlacements().size() - record.scoreMismatches().size());
            unknownWords += record.unknownWords().size();
            for (GcgEntry e : record.entries()) {
                if (e.kind() == GcgEntry.Kind.PLACE && (e.computedScore().isEmpty() || e.scoreMismatch())) {
                    System.out.println(file.getFileName() + ":" + e.line() + " recorded " + e.recordedScore()
                            + " computed " + e.computedScore() + (e.withdrawn() ? " (withdrawn)" : ""));
                }
            }
            assertThat(record.players()).hasSizeGreaterThanOrEqualTo(2);
        }
        System.out.printf("GCG corpus: %d files, %d of %d placements scored as recorded, %d words not in %s%n",
                files.size(), agreeing, placements, unknownWords, Lexicon.english().name());
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(agreeing).isGreaterThanOrEqualTo(placements - 2);
    }
}
