package org.unioncabinet.registration.confirmation;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.CabinetProperties;

/**
 * Enumeration-safe mode: someone tried to create an account with an e-mail that has one. They are answered
 * as if it were new; the owner is told by mail (at most once per cooldown, so nobody can flood them).
 */
@Service
public class RegistrationAttemptNotice {

    private final AccountService accounts;
    private final RuntimeService runtime;
    private final MemberMailer mailer;
    private final ActionCooldown cooldown;
    private final PasswordEncoder passwordEncoder;
    private final CabinetProperties properties;

    public RegistrationAttemptNotice(AccountService accounts, RuntimeService runtime, MemberMailer mailer,
            ActionCooldown cooldown, PasswordEncoder passwordEncoder, CabinetProperties properties) {
        this.accounts = accounts;
        this.runtime = runtime;
        this.mailer = mailer;
        this.cooldown = cooldown;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    /** Starts the owner's mail, in the background like every mail, so the answer takes as long as a registration. */
    @Transactional
    public void attempted(EmailAddress email, String password) {
        // A registration hashes the password; so does this, or the time of the answer would tell.
        passwordEncoder.encode(password);
        if (cooldown.tryAcquire("registration-attempt:" + email.value(),
                properties.registration().linkResendCooldown()).isPresent()) {
            return;
        }
        accounts.findByEmail(email).ifPresent(account -> runtime.startProcessInstanceByKey(
                RegistrationAttemptNoticeProcess.KEY, account.getId().toString()));
    }

    /** Service task «Сообщить владельцу email». */
    @Transactional(readOnly = true)
    public void send(UUID accountId) {
        accounts.find(accountId).ifPresent(account -> mailer.send(account.getEmail(), MailTemplate.REGISTRATION_ATTEMPT,
                Map.of("loginLink", properties.baseUrl() + "/login",
                        "resetLink", properties.baseUrl() + "/password/forgot")));
    }
}
