package org.unioncabinet.emailchange;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.login.MemberSignIn;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MailRateLimit;

/** «Изменить email», reached from the header of every cabinet page, and the page behind the link to the new address. */
@Controller
public class EmailChangeController {

    private final EmailChange emailChange;
    private final AccountService accounts;
    private final MemberSignIn signIn;
    private final EmailChangeSettings settings;
    private final DisplayDates dates;

    private static final String UNDO_PAGE = "account/undo-email-change";

    public EmailChangeController(EmailChange emailChange, AccountService accounts, MemberSignIn signIn,
            EmailChangeSettings settings, DisplayDates dates) {
        this.emailChange = emailChange;
        this.accounts = accounts;
        this.signIn = signIn;
        this.settings = settings;
        this.dates = dates;
    }

    @GetMapping("/cabinet/email")
    public String form(@AuthenticationPrincipal MemberPrincipal member, Model model) {
        model.addAttribute("currentEmail", member.email());
        return "account/change-email";
    }

    @PostMapping("/cabinet/email")
    public String request(@AuthenticationPrincipal MemberPrincipal member,
            @RequestParam(name = EmailChange.NEW_EMAIL, defaultValue = "") String newEmail,
            @RequestParam(name = EmailChange.CURRENT_PASSWORD, defaultValue = "") String password,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        EmailChange.Request outcome = emailChange.request(member, newEmail, password, request.getRemoteAddr());
        if (outcome instanceof EmailChange.Request.Refused refused) {
            model.addAttribute("currentEmail", member.email());
            model.addAttribute(EmailChange.NEW_EMAIL, newEmail.strip());
            model.addAttribute(refused.field() + "Error", refused.message());
            return "account/change-email";
        }
        EmailChange.Request.Requested requested = (EmailChange.Request.Requested) outcome;
        redirect.addFlashAttribute("notice", "Мы отправили ссылку на адрес " + requested.newEmail()
                + ". Перейдите по ней в течение " + settings.linkLifetime().toHours()
                + " ч., чтобы адрес изменился. До этого входите с прежним адресом.");
        return "redirect:/cabinet";
    }

    @GetMapping("/email/confirm")
    public String confirmPage(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        emailChange.newEmailForLink(token).ifPresent(email -> model.addAttribute("newEmail", email));
        return "account/confirm-email";
    }

    /**
     * The link proves the new mailbox, not the password: it signs nobody in (as a confirmation link opened in another
     * browser, ADR 0014). The browser that follows it stays signed in if it already is, as this member; every other
     * session of the member ends.
     */
    @PostMapping("/email/confirm")
    public String confirm(@RequestParam(name = "token", defaultValue = "") String token,
            @AuthenticationPrincipal MemberPrincipal signedIn, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<String> ownSession = Optional.ofNullable(request.getSession(false)).map(HttpSession::getId);
        EmailChange.Confirmation outcome = emailChange.confirm(token, ownSession.filter(id -> signedIn != null));
        if (outcome instanceof EmailChange.Confirmation.Confirmed confirmed) {
            if (signedIn != null && signedIn.accountId().equals(confirmed.accountId())) {
                // the same member, under the new address and a new session id
                accounts.find(confirmed.accountId()).ifPresent(account -> signIn.renew(account, request, response));
                redirect.addFlashAttribute("notice", "Адрес электронной почты изменён на " + confirmed.newEmail()
                        + ". Входите с ним. Вход на других устройствах завершён.");
                return "redirect:/cabinet";
            }
            redirect.addFlashAttribute("notice", "Адрес электронной почты изменён на " + confirmed.newEmail()
                    + ". Войдите с новым адресом и прежним паролем.");
            return "redirect:/login";
        }
        model.addAttribute("token", token);
        if (outcome instanceof EmailChange.Confirmation.AddressTaken taken) {
            model.addAttribute("takenEmail", taken.newEmail());
        }
        return "account/confirm-email";
    }

    /** «Это были не вы?», the link in the notice to the old address: a page that asks, never a change on a GET. */
    @GetMapping("/email/undo")
    public String undoPage(@RequestParam(name = "token", defaultValue = "") String token, Model model,
            HttpServletResponse response) {
        Optional<EmailChange.UndoOffer> offer = emailChange.undoOffer(token);
        if (offer.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("spent", true);
            return UNDO_PAGE;
        }
        model.addAttribute("token", token);
        model.addAttribute("oldEmail", offer.get().oldEmail());
        model.addAttribute("changedAt", dates.dateTime(offer.get().changedAt()));
        return UNDO_PAGE;
    }

    /**
     * Puts the old address back and signs everybody out, this browser too: the account is recovered by a new
     * password, whose link goes to the old address.
     */
    @PostMapping("/email/undo")
    public String undo(@RequestParam(name = "token", defaultValue = "") String token, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        EmailChange.Undo outcome = emailChange.undo(token, request.getRemoteAddr());
        if (outcome instanceof EmailChange.Undo.Undone undone) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            model.addAttribute("undoneEmail", undone.oldEmail());
        } else if (outcome instanceof EmailChange.Undo.AddressTaken taken) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("takenEmail", taken.oldEmail());
            model.addAttribute("contact", settings.contact());
        } else if (outcome instanceof EmailChange.Undo.Limited limited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("token", token);
            model.addAttribute("limited", MailRateLimit.message(limited.remaining()));
        } else {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("spent", true);
        }
        return UNDO_PAGE;
    }
}
