package org.unioncabinet.correction;

import java.util.Optional;
import java.util.UUID;

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
import org.unioncabinet.documents.Documents;
import org.unioncabinet.reviewer.ReviewerAccess;

/**
 * A signed correction statement for its reviewer, linked from the review form in Tasklist: the record as the registry
 * has it beside what the member asks for (docs/adr/0013: read from the rows, not from the task), the signed PDF and
 * the scan. Only the statement's reviewing groups and Camunda admins, as signed in to the web apps, see them;
 * everyone else gets 404.
 */
@Controller
class CorrectionReviewController {

    private final CorrectionStatements statements;
    private final Documents documents;
    private final ReviewerAccess access;

    CorrectionReviewController(CorrectionStatements statements, Documents documents, ReviewerAccess access) {
        this.statements = statements;
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/review/corrections/{id}")
    String statement(@PathVariable String id, HttpServletRequest request, Model model) {
        CorrectionStatement statement = reviewable(id, request);
        model.addAttribute("facts", statements.facts(statement.getId()));
        model.addAttribute("record", statements.currentRecord(statement.getId()).map(linked -> linked.member())
                .orElse(null));
        return "correction/review";
    }

    @GetMapping("/review/corrections/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable String id, HttpServletRequest request) {
        CorrectionStatement statement = reviewable(id, request);
        Documents.DocumentFile file = Optional.ofNullable(statement.getDocumentId())
                .flatMap(documentId -> documents.file(statement.getAccountId(), documentId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.asciiFileName() + "\"")
                .body(file.bytes());
    }

    /** The scan as it was uploaded, with the type its first bytes proved; a download, never rendered as a page. */
    @GetMapping("/review/corrections/{id}/scan")
    ResponseEntity<byte[]> scan(@PathVariable String id, HttpServletRequest request) {
        CorrectionStatement statement = reviewable(id, request);
        CorrectionStatements.ScanFile scan = statements.scan(statement.getId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String extension = Scan.Type.ofMediaType(scan.contentType()).orElseThrow().name().toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(scan.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"scan." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(scan.bytes());
    }

    /** A signed statement this reviewer's groups review; 404 for anything else. */
    private CorrectionStatement reviewable(String id, HttpServletRequest request) {
        return parse(id).flatMap(statements::find)
                .filter(found -> found.getPrimaryOrganisationId() != null)
                .filter(found -> access.mayReview(request, found.getPrimaryOrganisationId(),
                        found.getEducationalOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
