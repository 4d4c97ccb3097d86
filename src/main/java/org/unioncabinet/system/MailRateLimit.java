package org.unioncabinet.system;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Every action that sends a mail on request (registration, «Отправить ссылку повторно», «Отправить код повторно»,
 * «Забыли пароль?») asks here first, so nobody can use the cabinet to flood a mailbox: neither one recipient from
 * many places, nor many recipients from one place. Counted in the database, so all nodes count together; the
 * keys are hashed, so the table holds neither e-mails nor client addresses.
 */
@Service
public class MailRateLimit {

    private final ActionCooldown cooldown;
    private final MailLimits limits;

    public MailRateLimit(ActionCooldown cooldown, MailLimits limits) {
        this.cooldown = cooldown;
        this.limits = limits;
    }

    /**
     * Takes one mail of {@code action} to {@code recipient} (an e-mail or an account id) for {@code client}.
     *
     * @return empty when the mail may go; else how long until it may
     */
    public Optional<Duration> tryAcquire(String action, String recipient, String client) {
        if (limits.getPerClient() > 0) {
            Optional<Duration> clientWait = cooldown.tryAcquire("mail-client:" + Sha256.hex(String.valueOf(client)),
                    limits.getPerClient(), limits.getWindow());
            if (clientWait.isPresent()) {
                return clientWait;
            }
        }
        return cooldown.tryAcquire("mail-to:" + action + ":" + Sha256.hex(recipient), limits.getPerAddress(),
                limits.getWindow());
    }

    /** The member's message for a refused mail, in minutes once the wait is long. */
    public static String message(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        String when = seconds < 120 ? seconds + " сек." : ((seconds + 59) / 60) + " мин.";
        return "Слишком много писем за короткое время. Повторить можно через " + when;
    }
}
