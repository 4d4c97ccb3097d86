package org.unioncabinet.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.Sha256;

/**
 * Slows down password guessing without letting the guesser lock anybody out. Waits are kept per account and client
 * address together, so the owner signing in from their own address is not slowed by someone else's guessing; and per
 * client address, so one address guessing many accounts is. After a few free failures each further failure doubles
 * the wait. No account is ever locked: when one sees many failures from anywhere, its owner is told by mail
 * ({@link LoginAlert}). Members (by e-mail) and Camunda users (by user id: Tasklist, Cockpit, Admin, metrics,
 * Modeler's deployments) are throttled alike. Keys are hashed, so the table holds no e-mail, user id or address, and
 * live in the database, so every node sees the same counts. Any name is throttled alike, registered or not, so the
 * throttle tells nobody which accounts exist.
 */
@Service
public class LoginThrottle {

    /** Whose password is being guessed. */
    public record Subject(Kind kind, String name) {

        public enum Kind {
            MEMBER, CAMUNDA_USER
        }

        /** A member, by the e-mail they sign in with, as the account stores it. */
        public static Subject member(String email) {
            return new Subject(Kind.MEMBER, EmailAddress.normalize(email));
        }

        /** A Camunda user (reviewer, operator), by user id. */
        public static Subject camundaUser(String userId) {
            return new Subject(Kind.CAMUNDA_USER, userId);
        }

        String key() {
            return kind + ":" + name;
        }
    }

    /** Failures older than this are forgotten at the next failure. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ActionCooldown cooldown;
    private final ApplicationEventPublisher events;
    private final CabinetProperties.Login settings;

    public LoginThrottle(JdbcClient jdbc, Clock clock, ActionCooldown cooldown, ApplicationEventPublisher events,
            CabinetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cooldown = cooldown;
        this.events = events;
        this.settings = properties.login();
    }

    /** The member's message while a wait lasts. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Слишком много неудачных попыток входа. Повторите попытку через " + minutes + " мин.";
    }

    /** @return how long this caller must wait before trying this account again, if at all */
    @Transactional(readOnly = true)
    public Optional<Duration> blockedFor(Subject subject, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT max(blocked_until) FROM app.login_throttle
                WHERE throttle_key IN (:pair, :address) AND blocked_until > :now
                """)
                .param("pair", pairKey(subject, address))
                .param("address", addressKey(address))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /**
     * Counts a wrong password, in its own transaction: the failed login's own work is rolled back, the count must not
     * be. When the account's failures from anywhere reach the alert threshold, its owner is told (once per window).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(Subject subject, String address) {
        count(pairKey(subject, address), settings.freeFailures(), MEMORY);
        count(addressKey(address), settings.freeFailuresPerAddress(), MEMORY);
        int failures = count(accountKey(subject), Integer.MAX_VALUE, settings.alertWindow());
        if (failures >= settings.alertAfter()
                && cooldown.tryAcquire("login-alert:" + accountKey(subject), settings.alertWindow()).isEmpty()) {
            events.publishEvent(new LoginAlert(subject, failures));
        }
    }

    /** The right password from this address: its own waits are over; the others' (and the alert count) stay. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetFailures(Subject subject, String address) {
        jdbc.sql("DELETE FROM app.login_throttle WHERE throttle_key = :key").param("key", pairKey(subject, address))
                .update();
    }

    /** @return the failures counted under the key within its memory, this one included */
    private int count(String key, int freeFailures, Duration memory) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                INSERT INTO app.login_throttle (throttle_key, failures, updated_at) VALUES (:key, 1, :now)
                ON CONFLICT (throttle_key) DO UPDATE SET
                  failures = CASE WHEN login_throttle.updated_at < :forgotten THEN 1 ELSE login_throttle.failures + 1 END,
                  updated_at = :now
                RETURNING failures
                """)
                .param("key", key)
                .param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(memory)))
                .query(Integer.class)
                .single();
        if (failures > freeFailures) {
            jdbc.sql("UPDATE app.login_throttle SET blocked_until = :until WHERE throttle_key = :key")
                    .param("key", key)
                    .param("until", Timestamp.from(now.plus(delayAfter(failures - freeFailures))))
                    .update();
        }
        return failures;
    }

    /** firstDelay, 2·firstDelay, 4·firstDelay … capped at maxDelay. */
    Duration delayAfter(int excessFailures) {
        int doublings = Math.min(excessFailures - 1, 20);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static String pairKey(Subject subject, String address) {
        return Sha256.hex("pair:" + subject.key() + "\n" + (address == null ? "" : address));
    }

    private static String accountKey(Subject subject) {
        return Sha256.hex("account:" + subject.key());
    }

    /** Package-private for {@code ReverseProxyWebTest}, which asks under which address a failure was counted. */
    static String addressKey(String address) {
        return Sha256.hex("address:" + (address == null ? "" : address));
    }
}
