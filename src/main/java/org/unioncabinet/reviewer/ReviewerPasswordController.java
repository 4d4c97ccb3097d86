package org.unioncabinet.reviewer;

import java.util.Optional;

import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unioncabinet.account.PasswordPolicy;

/**
 * The page behind an imported reviewer's link: they set their password (the members' policy), then go to Tasklist.
 * A link that no longer works (used, expired, replaced by a newer one, or its reviewer removed) shows a page that says
 * so and whom to ask.
 */
@Controller
class ReviewerPasswordController {

    static final String PATH = "/reviewer/password";
    private static final String PAGE = "reviewer/set-password";

    private final ReviewerInvitations invitations;
    private final PasswordPolicy passwordPolicy;

    ReviewerPasswordController(ReviewerInvitations invitations, PasswordPolicy passwordPolicy) {
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping(PATH)
    String form(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        Optional<User> reviewer = invitations.reviewerForLink(token);
        model.addAttribute("linkWorks", reviewer.isPresent());
        reviewer.ifPresent(user -> model.addAttribute("login", user.getId()));
        return PAGE;
    }

    @PostMapping(PATH)
    String setPassword(@RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "passwordRepeat", defaultValue = "") String passwordRepeat, Model model) {
        model.addAttribute("token", token);
        Optional<User> reviewer = invitations.reviewerForLink(token);
        model.addAttribute("linkWorks", reviewer.isPresent());
        if (reviewer.isEmpty()) {
            return PAGE;
        }
        model.addAttribute("login", reviewer.get().getId());
        Optional<String> violation = passwordPolicy.violation(password, reviewer.get().getEmail());
        if (violation.isEmpty() && password.equalsIgnoreCase(reviewer.get().getId())) {
            violation = Optional.of("Пароль не должен совпадать с логином.");
        }
        if (violation.isPresent()) {
            model.addAttribute("passwordError", violation.get());
            return PAGE;
        }
        if (!password.equals(passwordRepeat)) {
            model.addAttribute("passwordRepeatError", "Пароли не совпадают.");
            return PAGE;
        }
        if (invitations.setPassword(token, password).isEmpty()) {
            // used in another tab meanwhile
            model.addAttribute("linkWorks", false);
            return PAGE;
        }
        model.addAttribute("passwordSet", true);
        return PAGE;
    }
}
