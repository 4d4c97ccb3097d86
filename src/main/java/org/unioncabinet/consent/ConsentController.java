package org.unioncabinet.consent;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.login.MemberPrincipal;

/** «Отозвать согласие» in the cabinet: only the member's own advertising consent goes at one click. */
@Controller
public class ConsentController {

    static final String WITHDRAWN = "Согласие на получение информационных и рекламных сообщений отозвано.";

    private final Consents consents;

    public ConsentController(Consents consents) {
        this.consents = consents;
    }

    @PostMapping("/cabinet/consents/{id}/withdraw")
    public String withdraw(@AuthenticationPrincipal MemberPrincipal member, @PathVariable String id,
            RedirectAttributes redirect) {
        // Someone else's id, or no id at all, looks the same as one that never existed.
        ConsentView consent = parse(id).flatMap(consentId -> consents.of(member.accountId(), consentId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!consent.kind().withdrawableInCabinet()) {
            redirect.addFlashAttribute("warning", ConsentView.PERSONAL_DATA_WITHDRAWAL);
            return "redirect:/cabinet";
        }
        // A second click finds it withdrawn already: the member sees the same, true, message.
        consents.withdraw(member.accountId(), consent.id());
        redirect.addFlashAttribute("notice", WITHDRAWN);
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
