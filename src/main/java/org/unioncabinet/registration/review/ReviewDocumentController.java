package org.unioncabinet.registration.review;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewerAccess;

/**
 * The applicant's signed documents for the reviewer, linked from the review form in Tasklist. The reviewer
 * is whoever is logged into the Camunda web apps in this browser session; they may read an applicant's
 * documents only if their group reviews that applicant's application (the primary organisation, or the
 * territorial one it escalates to). Everyone else, the anonymous included, gets 404.
 */
@Controller
public class ReviewDocumentController {

    private final Documents documents;
    private final JoinApplications applications;
    private final ReviewerAccess access;

    public ReviewDocumentController(Documents documents, JoinApplications applications, ReviewerAccess access) {
        this.documents = documents;
        this.applications = applications;
        this.access = access;
    }

    @GetMapping("/review/documents/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String id, HttpServletRequest request) {
        Documents.DocumentFile file = parse(id)
                .flatMap(documentId -> documents.signerOf(documentId)
                        .filter(accountId -> mayReview(request, accountId))
                        .flatMap(accountId -> documents.file(accountId, documentId)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.asciiFileName() + "\"")
                .body(file.bytes());
    }

    private boolean mayReview(HttpServletRequest request, UUID accountId) {
        return applications.latest(accountId).map(application -> access.mayReview(request, application.getPrimaryOrganisationId(),
                application.getEducationalOrganisationId())).orElse(false);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
