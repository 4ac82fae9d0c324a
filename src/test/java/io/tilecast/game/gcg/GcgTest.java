package io.tilecast.game.gcg;

import static io.tilecast.game.rules.Positions.EMPTY;
import static io.tilecast.game.rules.Positions.across;
import static io.tilecast.game.rules.Positions.down;
import static io.tilecast.game.rules.Positions.played;
import static io.tilecast.game.rules.Positions.positionWithBag;
import static org.assertj.core.api.Assertions.assertThat;

import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.game.rules.GameState;
import io.tilecast.game.rules.Move;
import io.tilecast.game.rules.SeatedMove;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RULES.md, "GCG": the record format, as Tilecast writes it and as other software writes it. */
class GcgTest {

    private static final List<String> NAMES = List.of("alice", "bob");

    @Test
    void writesOneLinePerTurnWithRackPositionWordScoreAndTotal() {
        GameState game = positionWithBag(EMPTY, "ABCDEFGHIJKLMN", "AEINRST", "??CEOXZ");
        game = played(game, 0, across(7, 3, "NASTIER"));
        game = played(game, 1, new Move.Exchange("Z"));
        game = played(game, 0, new Move.Pass());
        game = played(game, 1, down(7, 4, ".X"));
        game = played(game, 0, new Move.Resign());

        assertThat(GcgWriter.write(game, NAMES)).isEqualTo("""
                #character-encoding UTF-8
                #player1 alice alice
                #player2 bob bob
                #lexicon english
                >alice: AEINRST 8D NASTIER +66 66
                >bob: ??CEOXZ -Z +0 0
                >alice: ABCDEFG - +0 66
                >bob: ??CEHOX E8 .X +9 9
                >alice: ABCDEFG (resign) +0 66
                """);
    }

    @Test
    void aPublicRecordHidesRacksAndExchangedLetters() {
        GameState game = positionWithBag(EMPTY, "ABCDEFGHIJKLMN", "AEINRST", "??CEOXZ");
        game = played(played(game, 0, across(7, 3, "NASTIER")), 1, new Move.Exchange("Z"));

        assertThat(GcgWriter.writePublic(game, NAMES)).endsWith("""
                >alice:  8D NASTIER +66 66
                >bob:  -1 +0 0
                """);
    }

    @Test
    void goingOutIsRecordedAsTheOpponentsRackLine() {
        GameState game = played(positionWithBag(EMPTY, "", "A?", "QZE"), 0, across(7, 7, "At"));

        assertThat(GcgWriter.write(game, NAMES)).endsWith("""
                >alice: ?A 8H At +2 2
                >alice:  (EQZ) +42 44
                """);
    }

    @Test
    void aScorelessEndRecordsEachRackLost() {
        GameState game = positionWithBag(EMPTY, "", "QA", "EE");
        for (int turn = 0; turn < 6; turn++) {
            game = played(game, turn % 2, new Move.Pass());
        }

        assertThat(GcgWriter.write(game, NAMES)).endsWith("""
                >bob: EE - +0 0
                >alice: AQ (AQ) -11 -11
                >bob: EE (EE) -2 -2
                """);
    }

    @Test
    void readsRecordsAsOtherSoftwareWritesThem() {
        String record = """
                #character-encoding UTF-8
                #title Club night
                #description A record with everything in it
                #lexicon english
                #player1 Zoë Zoë Ångström
                #player2 bob Bob Jones
                #note first game of the night,
                and the note goes on.
                >Zoë: AEINRST 8D NASTIER +66 66
                >bob: ??CEOXZ E8 .X +9 9
                >Zoë: ABDEFGL E8 AXE +10 76
                >Zoë: ABDFGL (challenge) +5 81
                >bob: ??CEHOZ 10B CHO. +15 24
                >bob: ??CEHOZ --  -15 9
                >Zoë: ABDFGLM - +0 81
                >bob: ??CEHOZ -4 +0 9
                >Zoë: ABDFGLM (time) -10 71
                >Zoë:  (CEHOZ) +34 105
                #rack1 ABDFGLM
                """;

        GcgRecord read = GcgReader.read(record, Lexicon.english());

        assertThat(read.players()).containsExactly("Zoë", "bob");
        assertThat(read.lexicon()).contains("english");
        assertThat(read.entries()).extracting(GcgEntry::kind).containsExactly(
                GcgEntry.Kind.PLACE, GcgEntry.Kind.PLACE, GcgEntry.Kind.PLACE, GcgEntry.Kind.CHALLENGE_BONUS,
                GcgEntry.Kind.PLACE, GcgEntry.Kind.WITHDRAWAL, GcgEntry.Kind.PASS, GcgEntry.Kind.EXCHANGE,
                GcgEntry.Kind.TIME_PENALTY, GcgEntry.Kind.END_RACKS);
        assertThat(read.scoredPlacements()).extracting(e -> e.computedScore().getAsInt())
                .containsExactly(66, 9, 10, 15);
        assertThat(read.scoreMismatches()).isEmpty();
        assertThat(read.entries().get(4).withdrawn()).isTrue();
        assertThat(read.unknownWords()).containsExactly("CHOE");
        assertThat(read.finalTotals()).containsExactly(105, 9);
        assertThat(read.moves()).containsExactly(
                new SeatedMove(0, across(7, 3, "NASTIER")),
                new SeatedMove(1, down(8, 4, "X")),
                new SeatedMove(0, down(9, 4, "E")),
                new SeatedMove(1, across(9, 1, "CHO")),
                new SeatedMove(0, new Move.Challenge()),
                new SeatedMove(0, new Move.Pass()));
    }

    @Test
    void reportsAPlayWhoseRecordedScoreDiffers() {
        GcgRecord read = GcgReader.read("""
                #player1 a a
                #player2 b b
                >a: AEINRST 8D NASTIER +64 64
                """, Lexicon.english());

        assertThat(read.scoreMismatches()).singleElement()
                .satisfies(e -> assertThat(e.computedScore()).hasValue(66));
    }

    @Test
    void decodesLatinOneRecords() {
        byte[] latin = "#player1 Zoë Zoë\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(GcgReader.decode(latin)).isEqualTo("#player1 Zoë Zoë\n");
        assertThat(GcgReader.decode("Zoë".getBytes(StandardCharsets.UTF_8))).isEqualTo("Zoë");
    }
}
