package io.tilecast.web;

import io.tilecast.account.Caller;
import io.tilecast.game.lexicon.Lexicon;
import io.tilecast.play.host.PlayerRef;
import io.tilecast.play.host.view.GameView;
import io.tilecast.play.hosting.Lexicons;
import io.tilecast.play.hosting.RecordImports;
import io.tilecast.problem.ApiProblem;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/games/import}: a GCG record becomes a finished game that anyone can replay. */
@RestController
class ImportController {

    /** Far more than any record of one game takes. */
    static final int MAX_RECORD_CHARS = 64 * 1024;

    private final RecordImports imports;
    private final GameFinder finder;
    private final Lexicons lexicons;

    ImportController(RecordImports imports, GameFinder finder, Lexicons lexicons) {
        this.imports = imports;
        this.finder = finder;
        this.lexicons = lexicons;
    }

    /** The body: the record's text, and optionally the lexicon to judge its words by. */
    record ImportRequest(String gcg, String lexicon) {
    }

    @PostMapping("/api/games/import")
    @BadRequestCode("invalid-gcg")
    Mono<ResponseEntity<GameView>> importRecord(Caller caller, @RequestBody ImportRequest body) {
        PlayerRef importer = finder.player(caller);
        if (body.gcg() == null || body.gcg().isBlank() || body.gcg().length() > MAX_RECORD_CHARS) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-gcg",
                    "gcg is the text of a GCG record, at most " + MAX_RECORD_CHARS + " characters.").with("line", 1);
        }
        Lexicon lexicon = lexicons.named(body.lexicon() != null ? body.lexicon() : recordsLexicon(body.gcg()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "unknown-lexicon", "No lexicon named '"
                        + body.lexicon() + "'; this server has " + lexicons.names() + "."));
        return imports.importRecord(importer, body.gcg(), lexicon).map(imported -> switch (imported) {
            case RecordImports.Imported.Refused refused -> throw new ApiProblem(
                    HttpStatus.valueOf(refused.code().status()), refused.code().code(), refused.detail())
                    .with("line", refused.line());
            case RecordImports.Imported.Game game -> ResponseEntity.created(URI.create("/api/games/" + game.host().id()))
                    .body(game.host().view(importer));
        });
    }

    /** The record's own {@code #lexicon} when this server has it, else the default. */
    private String recordsLexicon(String gcg) {
        return gcg.lines().map(String::strip).filter(line -> line.startsWith("#lexicon "))
                .map(line -> line.substring("#lexicon ".length()).strip()).filter(name -> lexicons.named(name)
                        .isPresent()).findFirst().orElse(Lexicons.DEFAULT);
    }
}
