package org.unioncabinet.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.Sha256;

/**
 * Slows down password guessing, per e-mail and per client address: after a few free failures each
 * further failure doubles the wait. Keys are hashed so the table holds no e-mail or address, and live
 * in the database so every node sees the same counts. Any string is throttled alike, registered or
 * not, so the throttle reveals nothing about which e-mails have accounts.
 */
@Service
public class LoginThrottle {

    /** Failures older than this are forgotten at the next failure. */
    private static final Duration MEMORY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CabinetProperties.Login settings;

    public LoginThrottle(JdbcClient jdbc, Clock clock, CabinetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.login();
    }

    /** @return how long the caller must wait before the next attempt, if at all */
    @Transactional(readOnly = true)
    public Optional<Duration> blockedFor(String email, String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT max(blocked_until) FROM app.login_throttle
                WHERE throttle_key IN (:account, :address) AND blocked_until > :now
                """)
                .param("account", accountKey(email))
                .param("address", addressKey(address))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(until -> Duration.between(now, until.toInstant()));
    }

    /** Counted in its own transaction: the failed login's own work is rolled back, the count must not be. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email, String address) {
        count(accountKey(email), settings.freeFailures());
        count(addressKey(address), settings.freeFailuresPerAddress());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetFailures(String email) {
        jdbc.sql("DELETE FROM app.login_throttle WHERE throttle_key = :key").param("key", accountKey(email)).update();
    }

    private void count(String key, int freeFailures) {
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
                .param("forgotten", Timestamp.from(now.minus(MEMORY)))
                .query(Integer.class)
                .single();
        if (failures > freeFailures) {
            jdbc.sql("UPDATE app.login_throttle SET blocked_until = :until WHERE throttle_key = :key")
                    .param("key", key)
                    .param("until", Timestamp.from(now.plus(delayAfter(failures - freeFailures))))
                    .update();
        }
    }

    /** firstDelay, 2·firstDelay, 4·firstDelay … capped at maxDelay. */
    Duration delayAfter(int excessFailures) {
        int doublings = Math.min(excessFailures - 1, 20);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private static String accountKey(String email) {
        return Sha256.hex("account:" + EmailAddress.normalize(email));
    }

    private static String addressKey(String address) {
        return Sha256.hex("address:" + (address == null ? "" : address));
    }
}
