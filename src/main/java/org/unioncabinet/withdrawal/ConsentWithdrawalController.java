package org.unioncabinet.withdrawal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.login.MemberPrincipal;

/**
 * «Отозвать согласие» on the personal-data consent in the cabinet: starts the withdrawal, whose first step (what
 * changes, the statement, «Подписать заявление») the cabinet then shows.
 */
@Controller
public class ConsentWithdrawalController {

    static final String RUNNING = "Отзыв согласия уже начат: продолжите его на этой странице.";
    static final String WITHDRAWN = "Это согласие уже отозвано.";

    private final ConsentWithdrawalJourney journey;
    private final Consents consents;

    public ConsentWithdrawalController(ConsentWithdrawalJourney journey, Consents consents) {
        this.journey = journey;
        this.consents = consents;
    }

    @PostMapping("/cabinet/consents/{id}/withdrawal-statement")
    public String start(@AuthenticationPrincipal MemberPrincipal member, @PathVariable String id,
            RedirectAttributes redirect) {
        // someone else's id, or no id at all, looks the same as one that never existed
        UUID consentId = parse(id).filter(found -> consents.of(member.accountId(), found).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (journey.start(member.accountId(), consentId)) {
            case STARTED -> {
                // the cabinet shows the first step
            }
            case ALREADY_RUNNING -> redirect.addFlashAttribute("notice", RUNNING);
            case NOT_WITHDRAWABLE -> redirect.addFlashAttribute("notice", WITHDRAWN);
        }
        return "redirect:/cabinet";
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
