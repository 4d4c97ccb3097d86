package org.unioncabinet.login;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** «Сменить пароль», reached from the header of every cabinet page. */
@Controller
public class PasswordChangeController {

    private final PasswordChange passwordChange;

    public PasswordChangeController(PasswordChange passwordChange) {
        this.passwordChange = passwordChange;
    }

    @GetMapping("/cabinet/password")
    public String form() {
        return "account/change-password";
    }

    @PostMapping("/cabinet/password")
    public String change(@AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(name = PasswordChange.CURRENT_PASSWORD, defaultValue = "") String current,
            @RequestParam(name = PasswordChange.PASSWORD, defaultValue = "") String password,
            @RequestParam(name = PasswordChange.PASSWORD_REPEAT, defaultValue = "") String repeat,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        PasswordChange.Outcome outcome = passwordChange.change(member, current, password, repeat,
                request.getRemoteAddr(), request.getSession().getId());
        if (outcome instanceof PasswordChange.Outcome.Refused refused) {
            model.addAttribute(refused.field() + "Error", refused.message());
            return "account/change-password";
        }
        // the member's own session stays, under a new id
        request.changeSessionId();
        redirect.addFlashAttribute("notice", "Пароль изменён. Вход на других устройствах завершён.");
        return "redirect:/cabinet";
    }
}
