package org.unioncabinet.dictation.results;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.dictation.Editions;
import org.unioncabinet.dictation.Editions.Edition;
import org.unioncabinet.system.CamundaWebappSession;

/**
 * {@code /admin/dictation}: the results of «Профсоюзный диктант» beside the registration funnel, for analysts and
 * admins (the Camunda web apps' session; {@code /admin/**} is theirs, see {@code registration.funnel.AnalystPagesSecurity});
 * the attempts as CSV; and, for admins only, an edition's questions with the correct answers, to check an imported
 * edition before it opens.
 */
@Controller
class ResultsController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DictationResults results;
    private final EditionPreview preview;
    private final Editions editions;
    private final CamundaWebappSession webapps;

    ResultsController(DictationResults results, EditionPreview preview, Editions editions,
            CamundaWebappSession webapps) {
        this.results = results;
        this.preview = preview;
        this.editions = editions;
        this.webapps = webapps;
    }

    @GetMapping("/admin/dictation")
    String editions(Model model) {
        model.addAttribute("editions", results.editions());
        return "admin/dictation";
    }

    @GetMapping("/admin/dictation/{edition}")
    String edition(@PathVariable String edition, Model model, HttpServletRequest request) {
        EditionResults figures = results.of(edition).orElseThrow(ResultsController::notFound);
        model.addAttribute("results", figures);
        model.addAttribute("unknown", ResultsCsv.UNKNOWN);
        model.addAttribute("admin", webapps.isAdmin(request));
        return "admin/dictation-edition";
    }

    @GetMapping("/admin/dictation/{edition}.csv")
    ResponseEntity<String> csv(@PathVariable String edition) {
        Edition found = editions.byCode(edition).orElseThrow(ResultsController::notFound);
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dictation-" + found.code() + ".csv\"")
                .body(ResultsCsv.attempts(results.attempts(found.id())));
    }

    /**
     * Admins only, whom the analysts' chain lets in with the analysts: the correct answers are the one thing of an
     * edition that must not leak before its results, and an analyst needs none of them.
     */
    @GetMapping("/admin/dictation/{edition}/questions")
    String questions(@PathVariable String edition, Model model, HttpServletRequest request) {
        if (!webapps.isAdmin(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Edition found = editions.byCode(edition).orElseThrow(ResultsController::notFound);
        model.addAttribute("edition", found);
        model.addAttribute("questions", preview.questions(found.id()));
        return "admin/dictation-questions";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
