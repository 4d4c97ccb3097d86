package org.unioncabinet.registration.review;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.unioncabinet.reviewer.ReviewerNotifications;
import org.unioncabinet.system.CamundaWebappSession;

/**
 * «Уведомления о заявлениях»: a reviewer chooses a mail for each new application or one digest a day. Only for whoever
 * is signed in to the Camunda web apps in this browser (as {@code /review/documents/{id}}), and only for themselves:
 * the reviewer is the session's user, never a parameter. Anyone else (the anonymous, members) is sent to Tasklist's
 * login; a change without that session is refused. The portal's CSRF token guards the form.
 */
@Controller
class ReviewerNotificationController {

    static final String PATH = "/review/notifications";
    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final CamundaWebappSession webapps;
    private final ReviewerNotifications notifications;
    private final ReviewDigest digest;

    ReviewerNotificationController(CamundaWebappSession webapps, ReviewerNotifications notifications,
            ReviewDigest digest) {
        this.webapps = webapps;
        this.notifications = notifications;
        this.digest = digest;
    }

    @GetMapping(PATH)
    String page(HttpServletRequest request, Model model) {
        Optional<String> reviewer = webapps.userId(request);
        if (reviewer.isEmpty()) {
            return "redirect:" + TASKLIST;
        }
        model.addAttribute("daily", notifications.wantsDigest(reviewer.get()));
        model.addAttribute("digestAt", digest.at().toString());
        model.addAttribute("saved", request.getParameter("saved") != null);
        return "review/notifications";
    }

    @PostMapping(PATH)
    String choose(HttpServletRequest request, @RequestParam String delivery) {
        String reviewer = webapps.userId(request)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (delivery) {
            case "each" -> notifications.choose(reviewer, false);
            case "daily" -> notifications.choose(reviewer, true);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "redirect:" + PATH + "?saved=true";
    }
}
