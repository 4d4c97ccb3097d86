package org.unioncabinet.registration.review;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.joining.JoinApplication;
import org.unioncabinet.registration.joining.JoinApplicationStatus;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.reviewer.ReviewerAccess;

/**
 * Every fact of a signed application, for its reviewer, linked from the review form in Tasklist: the engine holds
 * nothing of the applicant but the task's labels (docs/adr/0013), so the facts are read here, from the application's
 * row. The reviewer is whoever is signed in to the Camunda web apps in this browser; only the application's reviewing
 * groups and Camunda admins see it, everyone else (the anonymous, members, other organisations) gets 404.
 */
@Controller
public class ReviewApplicationController {

    private final JoinApplications applications;
    private final ReviewerAccess access;

    public ReviewApplicationController(JoinApplications applications, ReviewerAccess access) {
        this.applications = applications;
        this.access = access;
    }

    @GetMapping("/review/applications/{id}")
    public String application(@PathVariable String id, HttpServletRequest request, Model model) {
        JoinApplication application = parse(id).flatMap(applications::find)
                .filter(found -> found.getStatus() != JoinApplicationStatus.DRAFT)
                .filter(found -> access.mayReview(request, found.getPrimaryOrganisationId(),
                        found.getEducationalOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("application", application);
        model.addAttribute("facts", applications.facts(application.getId()).orElseThrow());
        return "review/application";
    }

    /**
     * What became of the application after the reviewer's «Завершить», in words, for Tasklist's notice
     * ({@code union-cabinet/review-outcome.js}): {@code decided} false while nothing is recorded yet, {@code final} false
     * while an admission still waits for its e-ticket number (the admission runs right after, as a job).
     */
    @GetMapping(value = "/review/applications/{id}/outcome", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> outcome(@PathVariable String id, HttpServletRequest request) {
        JoinApplication application = parse(id).flatMap(applications::find)
                .filter(found -> found.getStatus() != JoinApplicationStatus.DRAFT)
                .filter(found -> access.mayReview(request, found.getPrimaryOrganisationId(),
                        found.getEducationalOrganisationId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String applicant = applications.labels(application.getId()).applicantName();
        return switch (application.getStatus()) {
            case APPROVED -> Map.of("decided", true, "final", true, "text", "Решение по заявлению (" + applicant
                    + "): принять в Профсоюз. Выдан электронный профсоюзный билет № "
                    + new TicketNumber(application.getTicketNumber()).formatted() + ".");
            case REJECTED -> Map.of("decided", true, "final", true, "text", "Решение по заявлению (" + applicant
                    + "): отказать. Заявителю отправлено сообщение об отказе с указанной Вами причиной.");
            default -> application.getDecision() == Decision.APPROVE
                    ? Map.of("decided", true, "final", false, "text", "Решение по заявлению (" + applicant
                            + "): принять в Профсоюз. Заявитель ставится на учёт; номер электронного профсоюзного билета"
                            + " появится здесь через несколько секунд.")
                    : Map.of("decided", false, "final", false, "text", "");
        };
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
