package org.unioncabinet.closing;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.login.PasswordConfirmation;

/**
 * «Удалить кабинет»: a page that explains what goes and what stays, the password again and an explicit checkbox; then
 * the closing, the member signed out, and a public page saying what was done. A member, or an account with an
 * application under review, gets a page saying why not, and what to do instead.
 */
@Controller
class ClosingController {

    static final String PASSWORD = "password";
    static final String CONFIRMED = "confirmed";
    static final String NOT_CONFIRMED = "Отметьте, что Вы понимаете: личный кабинет будет удалён без возможности "
            + "восстановления.";

    private final CabinetClosing closing;
    private final PasswordConfirmation passwordConfirmation;

    ClosingController(CabinetClosing closing, PasswordConfirmation passwordConfirmation) {
        this.closing = closing;
        this.passwordConfirmation = passwordConfirmation;
    }

    @GetMapping("/cabinet/close")
    String form(@AuthenticationPrincipal MemberPrincipal member, Model model, HttpServletResponse response) {
        Optional<String> refusal = closing.refusal(member.accountId());
        if (refusal.isPresent()) {
            return refused(refusal.get(), model, response);
        }
        return "cabinet/close";
    }

    @PostMapping("/cabinet/close")
    String close(@AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(name = PASSWORD, defaultValue = "") String password,
            @RequestParam(name = CONFIRMED, defaultValue = "") String confirmedBox,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<String> refusal = closing.refusal(member.accountId());
        if (refusal.isPresent()) {
            return refused(refusal.get(), model, response);
        }
        // only the checkbox's own value: anything else a client sends is an unticked box, not an error page
        boolean confirmed = "true".equals(confirmedBox);
        Optional<String> notConfirmed = passwordConfirmation.refusal(member, password, request.getRemoteAddr(),
                "Неверный пароль.");
        if (notConfirmed.isPresent()) {
            model.addAttribute("passwordError", notConfirmed.get());
        }
        if (!confirmed) {
            model.addAttribute("confirmedError", NOT_CONFIRMED);
        }
        if (notConfirmed.isPresent() || !confirmed) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "cabinet/close";
        }
        CabinetClosing.Outcome outcome = closing.close(member.accountId());
        if (outcome instanceof CabinetClosing.Outcome.Refused refused) {
            return refused(refused.message(), model, response);
        }
        // the closing ended every session in the database; this one goes from the request too
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/closed";
    }

    @GetMapping("/closed")
    String closed() {
        return "cabinet/closed";
    }

    private static String refused(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusal", message);
        return "cabinet/close-refused";
    }
}
