package org.unioncabinet.login;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.CabinetProperties;

/**
 * Tells the owner of an account that many wrong passwords were tried on it, instead of locking them out: a member by
 * the e-mail they sign in with, a Camunda user by the e-mail of their user (none set: nobody to tell).
 */
@Component
class LoginAlerts {

    private final AccountService accounts;
    private final IdentityService identity;
    private final MemberMailer mailer;
    private final String baseUrl;

    LoginAlerts(AccountService accounts, IdentityService identity, MemberMailer mailer, CabinetProperties properties) {
        this.accounts = accounts;
        this.identity = identity;
        this.mailer = mailer;
        this.baseUrl = properties.baseUrl();
    }

    @EventListener
    void alert(LoginAlert alert) {
        LoginThrottle.Subject subject = alert.subject();
        if (subject.kind() == LoginThrottle.Subject.Kind.MEMBER) {
            if (EmailAddress.isWellFormed(subject.name())) {
                accounts.findByEmail(new EmailAddress(subject.name())).ifPresent(account -> send(account.getEmail(),
                        "личный кабинет члена Профсоюза", baseUrl + "/password/forgot", alert.failures()));
            }
            return;
        }
        Optional.ofNullable(identity.createUserQuery().userId(subject.name()).singleResult())
                .map(User::getEmail)
                .filter(email -> !email.isBlank())
                .ifPresent(email -> send(email, "Camunda (Tasklist, Cockpit, Admin)", baseUrl + "/camunda/app/welcome/",
                        alert.failures()));
    }

    private void send(String to, String where, String passwordLink, int failures) {
        mailer.send(to, MailTemplate.LOGIN_ALERT, Map.of("where", where, "passwordLink", passwordLink,
                "failures", failures));
    }
}
