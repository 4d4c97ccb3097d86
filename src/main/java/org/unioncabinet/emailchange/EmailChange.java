package org.unioncabinet.emailchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.EmailAlreadyRegisteredException;
import org.unioncabinet.account.EnumerationSafety;
import org.unioncabinet.account.OneTimeTokens;
import org.unioncabinet.account.OneTimeTokens.Redemption;
import org.unioncabinet.account.TokenPurpose;
import org.unioncabinet.login.LoginThrottle;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.login.MemberSessions;
import org.unioncabinet.login.PasswordReset;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MailRateLimit;
import org.unioncabinet.system.Sha256;

/**
 * «Изменить email». The member asks with the current password (wrong ones count towards the login throttle); a
 * single-use link goes to the new address (the mail limits apply); following it replaces the e-mail in one
 * transaction if the address is still free, ends every other session of the member and has the old address told.
 * Only the newest request's link works. The link signs nobody in: it proves the new mailbox, not the password.
 * The notice to the old address carries «Это были не вы?», a single-use link that puts the old address back, ends
 * every session, voids every link of the account and mails the old address a password-reset link.
 */
@Service
public class EmailChange {

    private static final Logger log = LoggerFactory.getLogger(EmailChange.class);

    public static final String NEW_EMAIL = "newEmail";
    public static final String CURRENT_PASSWORD = "currentPassword";

    static final String SAME_ADDRESS = "Это адрес Вашего кабинета сейчас. Укажите новый адрес.";
    static final String TAKEN = "Этот адрес уже используется другим личным кабинетом.";
    static final String WRONG_PASSWORD = "Неверный пароль.";

    private final AccountService accounts;
    private final OneTimeTokens tokens;
    private final EmailChangeRequestRepository requests;
    private final MemberMailer mailer;
    private final RuntimeService runtime;
    private final LoginThrottle throttle;
    private final ActionCooldown cooldown;
    private final MailRateLimit mailRateLimit;
    private final MemberSessions sessions;
    private final EnumerationSafety enumerationSafety;
    private final EmailChangeSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DisplayDates dates;
    private final PasswordReset passwordReset;
    private final String baseUrl;

    public EmailChange(AccountService accounts, OneTimeTokens tokens, EmailChangeRequestRepository requests,
            MemberMailer mailer, RuntimeService runtime, LoginThrottle throttle, ActionCooldown cooldown,
            MailRateLimit mailRateLimit, MemberSessions sessions, EnumerationSafety enumerationSafety,
            EmailChangeSettings settings, PlatformTransactionManager transactions, Clock clock, DisplayDates dates,
            PasswordReset passwordReset, CabinetProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.requests = requests;
        this.mailer = mailer;
        this.runtime = runtime;
        this.throttle = throttle;
        this.cooldown = cooldown;
        this.mailRateLimit = mailRateLimit;
        this.sessions = sessions;
        this.enumerationSafety = enumerationSafety;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.dates = dates;
        this.passwordReset = passwordReset;
        this.baseUrl = properties.baseUrl();
    }

    /** What asking for a new address did; a refusal names the field it belongs to. */
    public sealed interface Request {
        /** A link is on its way to the new address (or, enumeration-safe, its owner is being warned). */
        record Requested(String newEmail) implements Request {
        }

        record Refused(String field, String message) implements Request {
        }
    }

    /** What following the link did. */
    public sealed interface Confirmation {
        record Confirmed(UUID accountId, String oldEmail, String newEmail) implements Confirmation {
        }

        /** Used, expired, replaced by a newer request, or never issued. */
        record LinkSpent() implements Confirmation {
        }

        /** Another account took the address since the link was mailed. */
        record AddressTaken(String newEmail) implements Confirmation {
        }
    }

    /** A change the «Это были не вы?» link may still undo: the address it puts back and when the change was made. */
    public record UndoOffer(String oldEmail, Instant changedAt) {
    }

    /** What «Это были не вы?» did. */
    public sealed interface Undo {
        /** The old address is back; every session ended, every link void, a password-reset link on its way. */
        record Undone(String oldEmail) implements Undo {
        }

        /** Used, expired, or never issued. */
        record LinkSpent() implements Undo {
        }

        /** Another account has taken the old address since: nothing was changed. */
        record AddressTaken(String oldEmail) implements Undo {
        }

        /** Too many mails to the old address or from this client address: nothing was changed. */
        record Limited(Duration remaining) implements Undo {
        }
    }

    /**
     * Checks the request and starts {@code email-change.bpmn}, retiring any earlier request's link at once.
     */
    public Request request(MemberPrincipal member, String rawNewEmail, String password, String clientAddress) {
        Optional<String> violation = EmailAddress.violation(rawNewEmail);
        if (violation.isPresent()) {
            return new Request.Refused(NEW_EMAIL, violation.get());
        }
        EmailAddress newEmail = new EmailAddress(rawNewEmail);
        Account account = accounts.find(member.accountId()).orElseThrow();
        if (newEmail.value().equals(account.getEmail())) {
            return new Request.Refused(NEW_EMAIL, SAME_ADDRESS);
        }
        LoginThrottle.Subject subject = LoginThrottle.Subject.member(account.getEmail());
        Optional<Duration> wait = throttle.blockedFor(subject, clientAddress);
        if (wait.isPresent()) {
            return new Request.Refused(CURRENT_PASSWORD, LoginThrottle.message(wait.get()));
        }
        if (password.isEmpty() || !accounts.passwordMatches(account.getId(), password)) {
            throttle.recordFailure(subject, clientAddress);
            return new Request.Refused(CURRENT_PASSWORD, WRONG_PASSWORD);
        }
        throttle.forgetFailures(subject, clientAddress);
        boolean taken = accounts.findByEmail(newEmail).isPresent();
        if (taken && !enumerationSafety.isEnumerationSafe()) {
            return new Request.Refused(NEW_EMAIL, TAKEN);
        }
        Optional<Duration> coolingDown = cooldown.tryAcquire("email-change:" + account.getId(), settings.cooldown());
        if (coolingDown.isPresent()) {
            return new Request.Refused(NEW_EMAIL, "Письмо со ссылкой только что отправлено. Повторить можно через "
                    + Math.max(1, coolingDown.get().toSeconds()) + " сек.");
        }
        Optional<Duration> limited = mailRateLimit.tryAcquire("email-change", newEmail.value(), clientAddress);
        if (limited.isPresent()) {
            return new Request.Refused(NEW_EMAIL, MailRateLimit.message(limited.get()));
        }
        transaction.executeWithoutResult(status -> start(account, newEmail, taken));
        return new Request.Requested(newEmail.value());
    }

    private void start(Account account, EmailAddress newEmail, boolean taken) {
        accounts.lock(account.getId());
        supersedePending(account.getId());
        tokens.retire(account.getId(), TokenPurpose.EMAIL_CHANGE);
        EmailChangeRequest request = requests.save(
                new EmailChangeRequest(account.getId(), account.getEmail(), newEmail.value(), taken, clock.instant()));
        VariableMap variables = Variables.createVariables();
        EmailChangeProcess.Variables.EMAIL_CHANGE_ID.on(variables).set(request.getId());
        EmailChangeProcess.Variables.NEW_ADDRESS_TAKEN.on(variables).set(taken);
        request.startedAs(runtime.startProcessInstanceByKey(EmailChangeProcess.KEY, account.getId().toString(),
                variables).getId());
    }

    /** Ends the account's requests still waiting for their link to be followed. */
    private void supersedePending(UUID accountId) {
        for (EmailChangeRequest earlier : requests.findByAccountIdAndStatus(accountId,
                EmailChangeRequest.Status.PENDING)) {
            earlier.end(EmailChangeRequest.Status.SUPERSEDED, clock.instant());
            if (earlier.getProcessInstanceId() != null) {
                // not yet waiting (its link still being mailed): it sends nothing and its timer ends it
                runtime.createMessageCorrelation(EmailChangeProcess.Messages.SUPERSEDED)
                        .processInstanceId(earlier.getProcessInstanceId())
                        .correlateAllWithResult();
            }
        }
    }

    /** Service task «Отправить ссылку на новый адрес»: only for the account's newest request still pending. */
    public void sendLink(UUID requestId) {
        transaction.executeWithoutResult(status -> requests.findById(requestId)
                .filter(EmailChangeRequest::isPending)
                .ifPresent(request -> {
                    String token = tokens.replace(request.getAccountId(), TokenPurpose.EMAIL_CHANGE,
                            settings.linkLifetime());
                    requests.bindToken(request.getId(), Sha256.hex(token));
                    mailer.send(request.getNewEmail(), MailTemplate.EMAIL_CHANGE_LINK,
                            Map.of("link", baseUrl + "/email/confirm?token=" + token,
                                    "linkHours", settings.linkLifetime().toHours()));
                }));
    }

    /** Service task «Предупредить владельца адреса»: someone asked to move another cabinet to this address. */
    public void warnAddressOwner(UUID requestId) {
        requests.findById(requestId).ifPresent(request -> mailer.send(request.getNewEmail(),
                MailTemplate.EMAIL_CHANGE_ATTEMPT,
                Map.of("loginLink", baseUrl + "/login", "resetLink", baseUrl + "/password/forgot")));
    }

    /** Service task «Закрыть запрос»: the link's lifetime is over; it stops working if it has not already. */
    public void expire(UUID requestId) {
        transaction.executeWithoutResult(status -> requests.findById(requestId)
                .filter(EmailChangeRequest::isPending)
                .ifPresent(request -> {
                    request.end(EmailChangeRequest.Status.EXPIRED, clock.instant());
                    tokens.retire(request.getAccountId(), TokenPurpose.EMAIL_CHANGE);
                }));
    }

    /**
     * Service task «Сообщить на прежний адрес»: when and to which (masked) address the cabinet moved, and the
     * «Это были не вы?» link, whose token is committed and bound to the change before the mail leaves.
     */
    public void notifyOldAddress(UUID requestId) {
        requests.findById(requestId)
                .filter(request -> request.getStatus() == EmailChangeRequest.Status.CONFIRMED)
                .ifPresent(request -> {
                    String token = tokens.issue(request.getAccountId(), TokenPurpose.EMAIL_CHANGE_UNDO,
                            settings.undoLifetime());
                    requests.bindUndoToken(request.getId(), Sha256.hex(token));
                    mailer.send(request.getOldEmail(), MailTemplate.EMAIL_CHANGED, Map.of(
                            "changedAt", dates.dateTime(request.getCompletedAt()),
                            "newEmail", mask(request.getNewEmail()),
                            "undoLink", baseUrl + "/email/undo?token=" + token,
                            "undoDays", settings.undoLifetime().toDays(),
                            "resetLink", baseUrl + "/password/forgot",
                            "contact", settings.contact()));
                });
    }

    /** The change a «Это были не вы?» link may still undo, to show before the owner confirms it. */
    public Optional<UndoOffer> undoOffer(String token) {
        return tokens.usableOwner(token, TokenPurpose.EMAIL_CHANGE_UNDO)
                .flatMap(owner -> undoableChange(token, owner))
                .map(request -> new UndoOffer(request.getOldEmail(), request.getCompletedAt()));
    }

    /**
     * «Это были не вы?»: puts the change's old address back (whatever the account's address is now, unless another
     * account took the old one meanwhile), in one transaction with the link's use; voids every link of the account
     * (confirmation, password reset, e-mail change, other «Это были не вы?») and ends its pending requests; has a
     * password-reset link mailed to the old address; then ends every session of the account and tells the address
     * it lost that the change was undone.
     */
    public Undo undo(String token, String clientAddress) {
        Optional<EmailChangeRequest> change = tokens.usableOwner(token, TokenPurpose.EMAIL_CHANGE_UNDO)
                .flatMap(owner -> undoableChange(token, owner));
        if (change.isEmpty()) {
            return new Undo.LinkSpent();
        }
        Optional<Duration> limited = mailRateLimit.tryAcquire("email-change-undo", change.get().getOldEmail(),
                clientAddress);
        if (limited.isPresent()) {
            return new Undo.Limited(limited.get());
        }
        PutBack putBack;
        try {
            putBack = transaction.execute(status -> putBack(token));
        } catch (EmailAlreadyRegisteredException taken) {
            return new Undo.AddressTaken(change.get().getOldEmail());
        }
        if (putBack == null) {
            return new Undo.LinkSpent();
        }
        // sessions are indexed by the address each signed in with: any the account has had in this story
        putBack.signedInAs().forEach(sessions::endAll);
        if (!putBack.lostEmail().equals(putBack.oldEmail())) {
            try {
                mailer.send(putBack.lostEmail(), MailTemplate.EMAIL_CHANGE_UNDONE, Map.of(
                        "undoneAt", dates.dateTime(clock.instant()), "contact", settings.contact()));
            } catch (RuntimeException notSent) {
                // the undo stands; only the courtesy notice to the address the account left is lost
                log.warn("The notice that e-mail change was undone could not be sent", notSent);
            }
        }
        return new Undo.Undone(putBack.oldEmail());
    }

    /** What a committed undo leaves to do outside its transaction. */
    private record PutBack(String oldEmail, String lostEmail, Set<String> signedInAs) {
    }

    private PutBack putBack(String token) {
        Optional<UUID> owner = tokens.owner(token, TokenPurpose.EMAIL_CHANGE_UNDO);
        if (owner.isEmpty()) {
            return null;
        }
        UUID accountId = owner.get();
        accounts.lock(accountId);
        Optional<EmailChangeRequest> change = undoableChange(token, accountId);
        Optional<Account> account = accounts.find(accountId).filter(found -> !found.isClosed());
        if (change.isEmpty() || account.isEmpty()
                || !(tokens.redeem(token, TokenPurpose.EMAIL_CHANGE_UNDO) instanceof Redemption.Redeemed)) {
            return null;
        }
        EmailChangeRequest request = change.get();
        String lost = account.get().getEmail();
        if (!lost.equals(request.getOldEmail())) {
            accounts.changeEmail(accountId, new EmailAddress(request.getOldEmail()));
        }
        request.undone(clock.instant());
        supersedePending(accountId);
        for (TokenPurpose purpose : TokenPurpose.values()) {
            tokens.retire(accountId, purpose);
        }
        passwordReset.sendAfterRecovery(accountId);
        log.info("E-mail change {} of account {} undone by the link to the old address", request.getId(), accountId);
        Set<String> signedInAs = new LinkedHashSet<>();
        signedInAs.add(request.getOldEmail());
        signedInAs.add(request.getNewEmail());
        signedInAs.add(lost);
        return new PutBack(request.getOldEmail(), lost, signedInAs);
    }

    private Optional<EmailChangeRequest> undoableChange(String token, UUID owner) {
        return requests.findByUndoTokenHash(Sha256.hex(token))
                .filter(request -> request.getAccountId().equals(owner)
                        && request.getStatus() == EmailChangeRequest.Status.CONFIRMED);
    }

    /** The new address of a link that still works, to show before the member confirms it. */
    public Optional<String> newEmailForLink(String token) {
        return tokens.usableOwner(token, TokenPurpose.EMAIL_CHANGE)
                .flatMap(owner -> pendingRequestOf(token, owner))
                .map(EmailChangeRequest::getNewEmail);
    }

    /**
     * Replaces the e-mail with the link's address, in one transaction with the link's use; then ends every session
     * of the member but {@code keptSessionId} (the browser that followed the link, when it is the member's own).
     */
    public Confirmation confirm(String token, Optional<String> keptSessionId) {
        Confirmation outcome;
        try {
            outcome = transaction.execute(status -> replace(token));
        } catch (EmailAlreadyRegisteredException taken) {
            return new Confirmation.AddressTaken(newEmailForLink(token).orElse(""));
        }
        if (outcome instanceof Confirmation.Confirmed confirmed) {
            // the member's sessions are indexed by the address they signed in with: the old one
            keptSessionId.ifPresentOrElse(kept -> sessions.endAllOthers(confirmed.oldEmail(), kept),
                    () -> sessions.endAll(confirmed.oldEmail()));
        }
        return outcome;
    }

    private Confirmation replace(String token) {
        Optional<UUID> owner = tokens.owner(token, TokenPurpose.EMAIL_CHANGE);
        if (owner.isEmpty()) {
            return new Confirmation.LinkSpent();
        }
        accounts.lock(owner.get());
        Optional<EmailChangeRequest> pending = pendingRequestOf(token, owner.get());
        if (pending.isEmpty() || !(tokens.redeem(token, TokenPurpose.EMAIL_CHANGE) instanceof Redemption.Redeemed)) {
            return new Confirmation.LinkSpent();
        }
        EmailChangeRequest request = pending.get();
        String oldEmail = accounts.find(request.getAccountId()).orElseThrow().getEmail();
        Account account = accounts.changeEmail(request.getAccountId(), new EmailAddress(request.getNewEmail()));
        request.end(EmailChangeRequest.Status.CONFIRMED, clock.instant());
        runtime.createMessageCorrelation(EmailChangeProcess.Messages.CONFIRMED)
                .processInstanceId(request.getProcessInstanceId())
                .correlate();
        return new Confirmation.Confirmed(account.getId(), oldEmail, account.getEmail());
    }

    private Optional<EmailChangeRequest> pendingRequestOf(String token, UUID owner) {
        return requests.findByTokenHash(Sha256.hex(token))
                .filter(request -> request.getAccountId().equals(owner) && request.isPending());
    }

    /** {@code ivanova@mail.ru} as {@code i*****a@mail.ru}: enough to recognise one's own, not to learn another's. */
    static String mask(String email) {
        int at = email.lastIndexOf('@');
        String name = email.substring(0, at);
        String shown = name.length() <= 2 ? name.charAt(0) + "*"
                : name.charAt(0) + "*".repeat(name.length() - 2) + name.charAt(name.length() - 1);
        return shown + email.substring(at);
    }
}
