package org.unioncabinet.login;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.PasswordPolicy;
import org.unioncabinet.system.MailRateLimit;

/** «Забыли пароль?» and the page behind the reset link. */
@Controller
public class PasswordResetController {

    private final PasswordReset passwordReset;
    private final PasswordPolicy passwordPolicy;

    public PasswordResetController(PasswordReset passwordReset, PasswordPolicy passwordPolicy) {
        this.passwordReset = passwordReset;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping("/password/forgot")
    public String forgot() {
        return "account/forgot-password";
    }

    @PostMapping("/password/forgot")
    public String requestLink(@RequestParam(name = "email", defaultValue = "") String email, Model model,
            HttpServletRequest request) {
        model.addAttribute("email", email.strip());
        Optional<String> violation = EmailAddress.violation(email);
        if (violation.isPresent()) {
            model.addAttribute("emailError", violation.get());
            return "account/forgot-password";
        }
        PasswordReset.Request outcome = passwordReset.request(new EmailAddress(email), request.getRemoteAddr());
        model.addAttribute("sent", outcome instanceof PasswordReset.Request.Requested);
        if (outcome instanceof PasswordReset.Request.CoolingDown cooling) {
            model.addAttribute("waitSeconds", Math.max(1, cooling.remaining().toSeconds()));
        } else if (outcome instanceof PasswordReset.Request.Limited limited) {
            model.addAttribute("emailError", MailRateLimit.message(limited.remaining()));
        }
        return "account/forgot-password";
    }

    @GetMapping("/password/reset")
    public String resetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("linkWorks", passwordReset.emailForLink(token).isPresent());
        return "account/reset-password";
    }

    @PostMapping("/password/reset")
    public String reset(@RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "passwordRepeat", defaultValue = "") String passwordRepeat,
            Model model, RedirectAttributes redirect, HttpServletRequest request) {
        model.addAttribute("token", token);
        Optional<String> email = passwordReset.emailForLink(token);
        if (email.isEmpty()) {
            model.addAttribute("linkWorks", false);
            return "account/reset-password";
        }
        model.addAttribute("linkWorks", true);
        Optional<String> violation = passwordPolicy.violation(password, email.get());
        if (violation.isPresent()) {
            model.addAttribute("passwordError", violation.get());
            return "account/reset-password";
        }
        if (!password.equals(passwordRepeat)) {
            model.addAttribute("passwordRepeatError", "Пароли не совпадают.");
            return "account/reset-password";
        }
        if (!passwordReset.complete(token, password, request.getRemoteAddr())) {
            model.addAttribute("linkWorks", false);
            return "account/reset-password";
        }
        redirect.addFlashAttribute("notice", "Пароль изменён, вход на всех устройствах завершён. Войдите с новым паролем.");
        return "redirect:/login";
    }
}
