package org.unioncabinet.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MailRateLimit;

/**
 * What a member may set off in signing, asked by the portal before it completes a step: entering a code, within the
 * member's budget of wrong codes ({@link GuessBudget}); and getting a new code, however it is asked for («Подписать
 * документы» the first time, again after five wrong codes or an expired code, «Отправить код повторно»), within that
 * budget and within the per-recipient mail limit ({@link MailRateLimit}), counted before the code exists. A refusal
 * says when signing is possible again, in Moscow time.
 */
@Service
public class SigningLimits {

    /** The mail limit's kind of mail: every code mail counts against one limit per recipient. */
    static final String CODE_MAIL = "signing-code";
    static final String TOO_MANY_GUESSES = "Слишком много неверных кодов.";
    static final String TOO_MANY_CODES = "Слишком много писем с кодом подтверждения.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DisplayDates.MOSCOW);

    private final GuessBudget guesses;
    private final MailRateLimit mailRateLimit;
    private final AccountService accounts;
    private final DisplayDates dates;
    private final Clock clock;

    public SigningLimits(GuessBudget guesses, MailRateLimit mailRateLimit, AccountService accounts, DisplayDates dates,
            Clock clock) {
        this.guesses = guesses;
        this.mailRateLimit = mailRateLimit;
        this.accounts = accounts;
        this.dates = dates;
        this.clock = clock;
    }

    /** @return the member's message when they may not enter a code now: no code is checked, so nothing is learnt */
    public Optional<String> refuseCodeEntry(UUID accountId) {
        return guesses.spentUntil(accountId).map(until -> refusal(TOO_MANY_GUESSES, until));
    }

    /**
     * Takes one code mail to the member's address, unless their budget of wrong codes is spent (a code they could not
     * enter) or the address had its limit of code mails.
     *
     * @return the member's message when no new code may be sent now; empty when it may, and it is counted
     */
    public Optional<String> takeNewCode(UUID accountId, String clientAddress) {
        Optional<String> guessing = refuseCodeEntry(accountId);
        if (guessing.isPresent()) {
            return guessing;
        }
        String email = accounts.find(accountId).orElseThrow(() -> new IllegalStateException("No account")).getEmail();
        return mailRateLimit.tryAcquire(CODE_MAIL, email, clientAddress)
                .map(wait -> refusal(TOO_MANY_CODES, clock.instant().plus(wait)));
    }

    /** The guard of a step whose completion starts signing, and so mails a new code («Подписать документы»). */
    public StepGuard newCodeOnSubmit(String formId) {
        return new StepGuard() {
            @Override
            public String formId() {
                return formId;
            }

            @Override
            public Optional<String> beforeSubmit(UUID accountId, String clientAddress) {
                return takeNewCode(accountId, clientAddress);
            }

            @Override
            public Optional<String> notice(UUID accountId) {
                return refuseCodeEntry(accountId);
            }
        };
    }

    /** «… Подписать документы можно будет после 21:40 (мск).», with the date when it is not today in Moscow. */
    private String refusal(String why, Instant allowedAt) {
        Instant minute = allowedAt.truncatedTo(ChronoUnit.MINUTES);
        Instant shown = minute.equals(allowedAt) ? minute : minute.plus(Duration.ofMinutes(1));
        boolean today = LocalDate.ofInstant(shown, DisplayDates.MOSCOW)
                .equals(LocalDate.ofInstant(clock.instant(), DisplayDates.MOSCOW));
        return why + " Подписать документы можно будет " + (today ? "" : dates.date(shown) + " ")
                + "после " + TIME.format(shown) + " (мск).";
    }
}
