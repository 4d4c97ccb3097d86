package org.unioncabinet.registration.confirmation;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.EmailAlreadyRegisteredException;
import org.unioncabinet.account.EnumerationSafety;
import org.unioncabinet.account.PasswordPolicy;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.login.MemberSignIn;
import org.unioncabinet.login.SignInMethod;
import org.unioncabinet.login.RegisteringBrowser;
import org.unioncabinet.system.MailRateLimit;

/** «Создать»: the account form (instruction steps 2–4). */
@Controller
public class RegistrationController {

    static final String ALREADY_REGISTERED = "Данный email уже зарегистрирован в системе";

    private final Registration registration;
    private final PasswordPolicy passwordPolicy;
    private final LegalTexts legalTexts;
    private final MemberSignIn signIn;
    private final EnumerationSafety enumerationSafety;
    private final RegistrationAttemptNotice attemptNotice;
    private final MailRateLimit mailRateLimit;
    private final RegisteringBrowser registeringBrowser;

    public RegistrationController(Registration registration, PasswordPolicy passwordPolicy, LegalTexts legalTexts,
            MemberSignIn signIn, EnumerationSafety enumerationSafety, RegistrationAttemptNotice attemptNotice,
            MailRateLimit mailRateLimit, RegisteringBrowser registeringBrowser) {
        this.registration = registration;
        this.passwordPolicy = passwordPolicy;
        this.legalTexts = legalTexts;
        this.signIn = signIn;
        this.enumerationSafety = enumerationSafety;
        this.attemptNotice = attemptNotice;
        this.mailRateLimit = mailRateLimit;
        this.registeringBrowser = registeringBrowser;
    }

    @GetMapping("/register")
    public String form(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return show(model);
    }

    @PostMapping("/register")
    public String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasFieldErrors("email")) {
            EmailAddress.violation(form.getEmail()).ifPresent(message -> errors.rejectValue("email", "address", message));
        }
        if (!errors.hasFieldErrors("password")) {
            passwordPolicy.violation(form.getPassword(), form.getEmail())
                    .ifPresent(message -> errors.rejectValue("password", "policy", message));
        }
        if (!errors.hasFieldErrors("password") && !form.getPassword().equals(form.getPasswordRepeat())) {
            errors.rejectValue("passwordRepeat", "mismatch", "Пароли не совпадают.");
        }
        if (errors.hasErrors()) {
            return show(model);
        }
        boolean enumerationSafe = enumerationSafety.isEnumerationSafe();
        EmailAddress email = new EmailAddress(form.getEmail());
        // Each registration mails a link (or, enumeration-safe, a notice to the owner): one client, many victims.
        Optional<Duration> wait = mailRateLimit.tryAcquire("registration", email.value(), request.getRemoteAddr());
        if (wait.isPresent()) {
            errors.rejectValue("email", "rate", MailRateLimit.message(wait.get()));
            return show(model);
        }
        try {
            Account account = registration.register(email, form.getPassword());
            if (enumerationSafe) {
                // Signing in would tell a new e-mail from a taken one; the confirmation link signs in instead,
                // in this browser.
                registeringBrowser.remember(request, account.getId());
                return checkEmail(email, model);
            }
            signIn.signIn(account, SignInMethod.REGISTRATION, request, response);
            registeringBrowser.remember(request, account.getId());
            return "redirect:/cabinet";
        } catch (EmailAlreadyRegisteredException e) {
            if (enumerationSafe) {
                attemptNotice.attempted(email, form.getPassword());
                registeringBrowser.remember(request, null);
                return checkEmail(email, model);
            }
            errors.rejectValue("email", "registered", ALREADY_REGISTERED);
            model.addAttribute("alreadyRegistered", true);
            return show(model);
        }
    }

    /** Enumeration-safe mode: «Подтвердите email», the same for every e-mail. */
    private static String checkEmail(EmailAddress email, Model model) {
        model.addAttribute("email", email.value());
        return "registration/check-email";
    }

    private String show(Model model) {
        model.addAttribute("agreement", legalTexts.current(LegalTextKind.SIGNATURE_AGREEMENT));
        return "registration/register";
    }
}
