package org.unioncabinet.registration.ticket;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.registration.RegistrationJourney;

/**
 * «Подать заявление о вступлении» on the page of the wait after too many failed registry checks: a member with a
 * paper ticket need not wait out the hour to reach the application of variant 2.
 */
@Controller
public class JoinInsteadController {

    static final String NOT_WAITING = "Страница устарела: ниже — Ваш текущий шаг.";

    private final RegistrationJourney journey;

    public JoinInsteadController(RegistrationJourney journey) {
        this.journey = journey;
    }

    @PostMapping("/cabinet/join-instead")
    public String joinInstead(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect) {
        if (!journey.chooseJoinApplicationInLockout(member.accountId())) {
            redirect.addFlashAttribute("notice", NOT_WAITING);
        }
        return "redirect:/cabinet";
    }
}
