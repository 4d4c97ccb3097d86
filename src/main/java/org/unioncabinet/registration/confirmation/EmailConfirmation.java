package org.unioncabinet.registration.confirmation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.OneTimeTokens;
import org.unioncabinet.account.OneTimeTokens.Redemption;
import org.unioncabinet.account.TokenPurpose;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MailRateLimit;

/** Instruction steps 5–7: the confirmation link, its mail, its reminder, and following it. */
@Service
public class EmailConfirmation {

    private static final Logger log = LoggerFactory.getLogger(EmailConfirmation.class);
    /** How long a link followed at once waits for the job that mailed it to commit (milliseconds, normally). */
    private static final Duration JOURNEY_CATCH_UP = Duration.ofSeconds(10);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"))
            .withZone(DisplayDates.MOSCOW);

    /** What following a link did. */
    public sealed interface Outcome {
        record Confirmed(Account account) implements Outcome {
        }

        /** The e-mail was confirmed before (by this link or another). */
        record AlreadyConfirmed() implements Outcome {
        }

        /** The link expired or was replaced; a new one can be sent with the same link as proof. */
        record LinkSpent() implements Outcome {
        }

        /** Never a link of ours, or its account expired and was deleted. */
        record UnknownLink() implements Outcome {
        }
    }

    /** What asking for a new link did. */
    public sealed interface Resend {
        record Requested() implements Resend {
        }

        record CoolingDown(Duration remaining) implements Resend {
        }

        record NotNeeded() implements Resend {
        }

        /** Too many mails to this account or from this client address within the mail limits' window. */
        record Limited(Duration remaining) implements Resend {
        }
    }

    private final AccountService accounts;
    private final OneTimeTokens tokens;
    private final MemberMailer mailer;
    private final RegistrationJourney journey;
    private final ActionCooldown cooldown;
    private final MailRateLimit mailRateLimit;
    private final CabinetProperties.Registration settings;
    private final String baseUrl;

    public EmailConfirmation(AccountService accounts, OneTimeTokens tokens, MemberMailer mailer,
            RegistrationJourney journey, ActionCooldown cooldown, MailRateLimit mailRateLimit,
            CabinetProperties properties) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.journey = journey;
        this.cooldown = cooldown;
        this.mailRateLimit = mailRateLimit;
        this.settings = properties.registration();
        this.baseUrl = properties.baseUrl();
    }

    /** Mails a fresh link (or a reminder with a fresh link); nothing for an account confirmed or gone meanwhile. */
    @Transactional
    public void sendLink(UUID accountId, boolean reminder) {
        Optional<Account> found = accounts.find(accountId).filter(account -> !account.isConfirmed());
        if (found.isEmpty()) {
            log.info("No confirmation link sent: account {} is confirmed or gone", accountId);
            return;
        }
        Account account = found.get();
        String token = tokens.issue(accountId, TokenPurpose.EMAIL_CONFIRMATION, settings.linkLifetime());
        mailer.send(account.getEmail(), reminder ? MailTemplate.CONFIRMATION_REMINDER : MailTemplate.CONFIRMATION_LINK,
                Map.of("link", baseUrl + "/confirm?token=" + token,
                        "linkHours", settings.linkLifetime().toHours(),
                        "deadline", DATE.format(account.getCreatedAt().plus(settings.expireAfter()))));
    }

    /** Follows a link: confirms the account and moves the member's journey on, in one transaction. */
    @Transactional
    public Outcome follow(String token) {
        Redemption redemption = tokens.redeem(token, TokenPurpose.EMAIL_CONFIRMATION);
        if (redemption instanceof Redemption.Redeemed redeemed) {
            Account account = accounts.confirm(redeemed.accountId());
            journey.emailConfirmed(account.getId(), JOURNEY_CATCH_UP);
            return new Outcome.Confirmed(account);
        }
        if (redemption instanceof Redemption.Spent spent) {
            boolean confirmed = accounts.find(spent.accountId()).map(Account::isConfirmed).orElse(false);
            return confirmed ? new Outcome.AlreadyConfirmed() : new Outcome.LinkSpent();
        }
        return new Outcome.UnknownLink();
    }

    /** «Отправить ссылку повторно» for a spent link: the link itself proves which account asks. */
    @Transactional
    public Resend resendForSpentLink(String token, String clientAddress) {
        return tokens.owner(token, TokenPurpose.EMAIL_CONFIRMATION)
                .map(accountId -> resend(accountId, clientAddress))
                .orElseGet(Resend.NotNeeded::new);
    }

    /**
     * «Отправить ссылку повторно»: at most once per cooldown per account, and within the mail limits per account
     * and per client address, so no mailbox can be flooded.
     */
    @Transactional
    public Resend resend(UUID accountId, String clientAddress) {
        boolean unconfirmed = accounts.find(accountId).map(account -> !account.isConfirmed()).orElse(false);
        if (!unconfirmed) {
            return new Resend.NotNeeded();
        }
        Optional<Duration> wait = cooldown.tryAcquire(cooldownKey(accountId), settings.linkResendCooldown());
        if (wait.isPresent()) {
            return new Resend.CoolingDown(wait.get());
        }
        Optional<Duration> limited = mailRateLimit.tryAcquire("confirmation-link", accountId.toString(), clientAddress);
        if (limited.isPresent()) {
            return new Resend.Limited(limited.get());
        }
        return journey.requestNewConfirmationLink(accountId) ? new Resend.Requested() : new Resend.NotNeeded();
    }

    /** The first mail counts as a send: an immediate «повторно» waits for the cooldown too. */
    void startCooldown(UUID accountId) {
        cooldown.tryAcquire(cooldownKey(accountId), settings.linkResendCooldown());
    }

    private static String cooldownKey(UUID accountId) {
        return "confirmation-link:" + accountId;
    }
}
