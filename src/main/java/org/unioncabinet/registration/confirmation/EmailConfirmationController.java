package org.unioncabinet.registration.confirmation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.account.Account;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.login.MemberSessions;
import org.unioncabinet.login.MemberSignIn;
import org.unioncabinet.login.SignInMethod;
import org.unioncabinet.login.RegisteringBrowser;
import org.unioncabinet.system.MailRateLimit;

/** The link in the mail (steps 5–7), and «Отправить ссылку повторно». */
@Controller
public class EmailConfirmationController {

    private static final Logger log = LoggerFactory.getLogger(EmailConfirmationController.class);

    private final EmailConfirmation confirmation;
    private final MemberSignIn signIn;
    private final RegisteringBrowser registeringBrowser;
    private final MemberSessions sessions;

    public EmailConfirmationController(EmailConfirmation confirmation, MemberSignIn signIn,
            RegisteringBrowser registeringBrowser, MemberSessions sessions) {
        this.confirmation = confirmation;
        this.signIn = signIn;
        this.registeringBrowser = registeringBrowser;
        this.sessions = sessions;
    }

    /**
     * A valid link confirms the e-mail. In the browser that registered it signs in; anywhere else it proved the
     * mailbox but not the password, so every session of the account ends (whoever held one had not proved the
     * mailbox) and the member signs in with the password, or sets a new one through «Забыли пароль?» (ADR 0014).
     */
    @GetMapping("/confirm")
    public String follow(@RequestParam(name = "token", defaultValue = "") String token, Model model,
            @AuthenticationPrincipal MemberPrincipal signedIn, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        EmailConfirmation.Outcome outcome;
        try {
            outcome = confirmation.follow(token);
        } catch (MismatchingMessageCorrelationException notWaitingYet) {
            // The journey is not at its confirmation wait (a job is still moving it, or it ended); nothing was spent.
            log.info("A confirmation link was followed while its journey did not wait for it");
            model.addAttribute("outcome", "not-ready");
            return "registration/link";
        }
        if (outcome instanceof EmailConfirmation.Outcome.Confirmed confirmed) {
            Account account = confirmed.account();
            if (registeringBrowser.created(request, signedIn, account.getId())) {
                signIn.signIn(account, SignInMethod.CONFIRMATION_LINK, request, response);
                return "redirect:/cabinet";
            }
            sessions.endAll(account.getEmail());
            redirect.addFlashAttribute("email", account.getEmail());
            redirect.addFlashAttribute("notice", "Email подтверждён. Войдите с паролем, который Вы задали при "
                    + "регистрации. Если Вы его не помните, нажмите «Забыли пароль?».");
            return "redirect:/login";
        }
        model.addAttribute("token", token);
        model.addAttribute("outcome", outcome instanceof EmailConfirmation.Outcome.AlreadyConfirmed ? "already-confirmed"
                : outcome instanceof EmailConfirmation.Outcome.LinkSpent ? "spent" : "unknown");
        return "registration/link";
    }

    /** From the page of a spent link: the link identifies the account, no login needed. */
    @PostMapping("/confirm/resend")
    public String resendForLink(@RequestParam(name = "token", defaultValue = "") String token, Model model,
            HttpServletRequest request) {
        model.addAttribute("token", token);
        model.addAttribute("outcome", "spent");
        model.addAttribute("resend", describe(confirmation.resendForSpentLink(token, request.getRemoteAddr())));
        return "registration/link";
    }

    /** From the cabinet of a signed-in member who has not confirmed yet. */
    @PostMapping("/cabinet/confirmation-link")
    public String resendForMember(@AuthenticationPrincipal MemberPrincipal member, RedirectAttributes redirect,
            HttpServletRequest request) {
        redirect.addFlashAttribute("resend", describe(confirmation.resend(member.accountId(), request.getRemoteAddr())));
        return "redirect:/cabinet";
    }

    private static String describe(EmailConfirmation.Resend resend) {
        if (resend instanceof EmailConfirmation.Resend.Requested) {
            return "Мы отправили новую ссылку. Проверьте почту, в том числе папку «Спам».";
        }
        if (resend instanceof EmailConfirmation.Resend.Limited limited) {
            return MailRateLimit.message(limited.remaining());
        }
        if (resend instanceof EmailConfirmation.Resend.CoolingDown cooling) {
            return "Письмо уже отправлено. Повторная отправка будет доступна через "
                    + Math.max(1, cooling.remaining().toSeconds()) + " сек.";
        }
        return "Новая ссылка не нужна: email уже подтверждён или срок регистрации истёк.";
    }
}
