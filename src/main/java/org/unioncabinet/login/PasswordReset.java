package org.unioncabinet.login;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.OneTimeTokens;
import org.unioncabinet.account.OneTimeTokens.Redemption;
import org.unioncabinet.account.TokenPurpose;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.MailRateLimit;

/** «Забыли пароль?»: a single-use link by mail, then a new password. */
@Service
public class PasswordReset {

    private final AccountService accounts;
    private final OneTimeTokens tokens;
    private final MemberMailer mailer;
    private final RuntimeService runtime;
    private final ActionCooldown cooldown;
    private final LoginThrottle throttle;
    private final MailRateLimit mailRateLimit;
    private final MemberSessions sessions;
    private final CabinetProperties.PasswordReset settings;
    private final String baseUrl;

    public PasswordReset(AccountService accounts, OneTimeTokens tokens, MemberMailer mailer, RuntimeService runtime,
            ActionCooldown cooldown, LoginThrottle throttle, MailRateLimit mailRateLimit, MemberSessions sessions,
            CabinetProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.runtime = runtime;
        this.cooldown = cooldown;
        this.throttle = throttle;
        this.mailRateLimit = mailRateLimit;
        this.sessions = sessions;
        this.settings = properties.passwordReset();
        this.baseUrl = properties.baseUrl();
    }

    /** What asking for a reset link did; the same whether the e-mail has an account or not. */
    public sealed interface Request {
        record Requested() implements Request {
        }

        /** A link to this e-mail was asked for moments ago. */
        record CoolingDown(Duration remaining) implements Request {
        }

        /** Too many mails to this e-mail or from this client address within the mail limits' window. */
        record Limited(Duration remaining) implements Request {
        }
    }

    /**
     * Starts the mail of a reset link when the e-mail has an account. The caller answers the same
     * whether it has or not; the cooldown and the limits apply to any e-mail alike, so they reveal nothing either.
     */
    @Transactional
    public Request request(EmailAddress email, String clientAddress) {
        Optional<Duration> wait = cooldown.tryAcquire("password-reset:" + email.value(), settings.cooldown());
        if (wait.isPresent()) {
            return new Request.CoolingDown(wait.get());
        }
        Optional<Duration> limited = mailRateLimit.tryAcquire("password-reset", email.value(), clientAddress);
        if (limited.isPresent()) {
            return new Request.Limited(limited.get());
        }
        accounts.findByEmail(email).ifPresent(account ->
                runtime.startProcessInstanceByKey(PasswordResetProcess.KEY, account.getId().toString()));
        return new Request.Requested();
    }

    /**
     * Has a reset link mailed to the account's address now, without the cooldown of «Забыли пароль?»: the account
     * was just recovered (an e-mail change undone by its old address) and every earlier link made void.
     */
    @Transactional
    public void sendAfterRecovery(UUID accountId) {
        runtime.startProcessInstanceByKey(PasswordResetProcess.KEY, accountId.toString());
    }

    /** Service task «Отправить ссылку для смены пароля»: the new link retires any earlier one still unused. */
    @Transactional
    public void sendLink(UUID accountId) {
        accounts.find(accountId).ifPresent(account -> {
            String token = tokens.replace(accountId, TokenPurpose.PASSWORD_RESET, settings.linkLifetime());
            mailer.send(account.getEmail(), MailTemplate.PASSWORD_RESET,
                    Map.of("link", baseUrl + "/password/reset?token=" + token,
                            "linkMinutes", settings.linkLifetime().toMinutes()));
        });
    }

    /** The account's e-mail if the link still works (to show the form and check the password against it). */
    @Transactional(readOnly = true)
    public Optional<String> emailForLink(String token) {
        return tokens.usableOwner(token, TokenPurpose.PASSWORD_RESET)
                .flatMap(accounts::find)
                .map(account -> account.getEmail());
    }

    /**
     * Sets the new password and ends every session of the account: whoever signed in with the old password, or
     * holds a session from before, is signed out on every node.
     *
     * @return false when the link no longer works (used meanwhile, or expired)
     */
    @Transactional
    public boolean complete(String token, String newPassword, String clientAddress) {
        if (!(tokens.redeem(token, TokenPurpose.PASSWORD_RESET) instanceof Redemption.Redeemed redeemed)) {
            return false;
        }
        accounts.changePassword(redeemed.accountId(), newPassword);
        accounts.find(redeemed.accountId()).ifPresent(account -> {
            throttle.forgetFailures(LoginThrottle.Subject.member(account.getEmail()), clientAddress);
            sessions.endAll(account.getEmail());
        });
        return true;
    }
}
