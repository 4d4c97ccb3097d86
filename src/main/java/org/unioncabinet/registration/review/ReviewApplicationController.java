package org.unioncabinet.registration.review;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.registration.joining.JoinApplication;
import org.unioncabinet.registration.joining.JoinApplicationStatus;
import org.unioncabinet.registration.joining.JoinApplications;

/**
 * Every fact of a signed application, for its reviewer, linked from the review form in Tasklist: the engine holds
 * nothing of the applicant but the task's labels (docs/adr/0013), so the facts are read here, from the application's
 * row. The reviewer is whoever is signed in to the Camunda web apps in this browser; only the application's reviewing
 * groups and Camunda admins see it, everyone else (the anonymous, members, other organisations) gets 404.
 */
@Controller
public class ReviewApplicationController {

    private final JoinApplications applications;
    private final ReviewAccess access;

    public ReviewApplicationController(JoinApplications applications, ReviewAccess access) {
        this.applications = applications;
        this.access = access;
    }

    @GetMapping("/review/applications/{id}")
    public String application(@PathVariable String id, HttpServletRequest request, Model model) {
        JoinApplication application = parse(id).flatMap(applications::find)
                .filter(found -> found.getStatus() != JoinApplicationStatus.DRAFT)
                .filter(found -> access.mayReview(request, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("application", application);
        model.addAttribute("facts", applications.facts(application.getId()).orElseThrow());
        return "review/application";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
