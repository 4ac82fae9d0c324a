package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.gcg.GcgEntry;
import io.tilecast.game.gcg.GcgReader;
import io.tilecast.game.gcg.GcgRecord;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.Table;
import io.tilecast.play.hosting.RecordImports;
import io.tilecast.support.ApiPlayer;
import io.tilecast.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every record of the shared corpus of real games ({@code -Dtilecast.gcg-corpus=...}, or {@code ../shared/gcg-corpus},
 * read where it lies) imports through the import service, and each player ends on the record's last total; a record that
 * stops before the end is a game that stops there. A sample is then read back over HTTP.
 */
@IntegrationTest
class GcgCorpusImportTest {

    private static final Set<GcgEntry.Kind> NOT_TURNS = EnumSet.of(GcgEntry.Kind.TIME_PENALTY, GcgEntry.Kind.END_RACKS);

    @Autowired
    WebTestClient http;

    @Autowired
    RecordImports imports;

    @Test
    void everyRecordOfTheCorpusImportsWithTheRecordsFinalTotals() throws IOException {
        Path corpus = Path.of(System.getProperty("tilecast.gcg-corpus", "../shared/gcg-corpus"));
        assertThat(corpus).as("the GCG corpus (set -Dtilecast.gcg-corpus)").isDirectory();
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(p -> p.toString().endsWith(".gcg")).sorted().toList();
        }
        ApiPlayer importer = ApiPlayer.register(http, "archivist");
        PlayerRef caller = new PlayerRef(importer.id(), importer.name());
        int unfinished = 0;
        String sample = null;
        long started = System.nanoTime();
        for (Path file : files) {
            String text = GcgReader.decode(Files.readAllBytes(file));
            GcgRecord record = GcgReader.read(text, Lexicon.english());

            RecordImports.Imported imported = imports.importRecord(caller, text, Lexicon.english()).block();

            assertThat(imported).as(file.getFileName().toString()).isInstanceOf(RecordImports.Imported.Game.class);
            Table game = ((RecordImports.Imported.Game) imported).host().finished().orElseThrow();
            assertThat(game.state().scores()).as(file.getFileName().toString()).isEqualTo(record.finalTotals());
            assertThat(game.state().turns()).as(file.getFileName().toString())
                    .hasSize((int) record.entries().stream().filter(e -> !NOT_TURNS.contains(e.kind())).count());
            assertThat(game.setup().imported()).isTrue();
            if (game.state().result().orElseThrow().reason().code().equals("unfinished")) {
                unfinished++;
                sample = game.setup().id();
            }
        }
        System.out.printf("GCG corpus: %d records imported in %d ms, %d of them unfinished%n", files.size(),
                (System.nanoTime() - started) / 1_000_000, unfinished);
        assertThat(files).hasSize(136);
        assertThat(unfinished).isPositive();

        ApiPlayer.Reply read = ApiPlayer.spectator(http).view(sample);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("status").asString()).isEqualTo("finished");
        assertThat(read.body().get("result").get("reason").asString()).isEqualTo("unfinished");
        assertThat(read.body().get("result").get("winners")).isEmpty();
    }
}
