package org.unioncabinet.withdrawal;

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
 * A withdrawal statement for its reviewers, linked from the forms in Tasklist: the statement and its course from its
 * row, and its signed PDF. Whoever is signed in to the Camunda web apps in this browser may read it only if their
 * group answers it (the primary organisation, or the territorial one it escalates to); everyone else gets 404.
 */
@Controller
public class ReviewWithdrawalController {

    private final ConsentWithdrawals withdrawals;
    private final Documents documents;
    private final ReviewerAccess access;

    public ReviewWithdrawalController(ConsentWithdrawals withdrawals, Documents documents, ReviewerAccess access) {
        this.withdrawals = withdrawals;
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/review/withdrawals/{id}")
    public String show(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("review", readable(id, request));
        return "review/withdrawal";
    }

    @GetMapping("/review/withdrawals/{id}/statement")
    public ResponseEntity<byte[]> statement(@PathVariable String id, HttpServletRequest request) {
        WithdrawalView withdrawal = readable(id, request).withdrawal();
        Documents.DocumentFile file = documents.file(withdrawal.accountId(), withdrawal.statementDocumentId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file.asciiFileName() + "\"")
                .body(file.bytes());
    }

    private ConsentWithdrawals.ReviewerView readable(String id, HttpServletRequest request) {
        return parse(id).flatMap(withdrawals::forReviewers)
                .filter(review -> review.withdrawal().status().signed())
                .filter(review -> access.mayReview(request, review.withdrawal().primaryOrganisationId(),
                        review.withdrawal().educationalOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
