package org.unioncabinet.reviewer;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.system.Sha256;

/**
 * A reviewer's single-use links to set their password, as the members' {@code account.OneTimeTokens} are (256 random
 * bits, only the SHA-256 kept, a lifetime, redeemed at most once even under concurrent clicks), for Camunda users
 * rather than members' accounts. A new link retires the reviewer's earlier ones: only the newest mail works.
 */
@Component
class ReviewerPasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewerPasswordLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Committed on its own before the caller mails it, so that a reviewer (or a mail scanner) following the link at
     * once finds it; if the mail then fails, the link was never sent and simply expires.
     *
     * @return the raw token, for the link and nowhere else
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String issue(String userId, Duration lifetime) {
        retireAll(userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO app.reviewer_password_link (id, user_id, token_hash, created_at, expires_at)
                VALUES (:id, :user, :hash, :now, :expires)
                """)
                .param("id", UUID.randomUUID()).param("user", userId).param("hash", Sha256.hex(raw))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(lifetime)))
                .update();
        return raw;
    }

    /** The user a link still works for, without using it: to show the form behind it. */
    @Transactional(readOnly = true)
    public Optional<String> usableOwner(String raw) {
        if (!plausible(raw)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT user_id FROM app.reviewer_password_link
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                """)
                .param("hash", Sha256.hex(raw)).param("now", Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    /** Uses the link if it still works; of two concurrent clicks one wins. */
    @Transactional
    public Optional<String> redeem(String raw) {
        if (!plausible(raw)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                UPDATE app.reviewer_password_link SET used_at = :now
                WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now
                RETURNING user_id
                """)
                .param("hash", Sha256.hex(raw)).param("now", Timestamp.from(clock.instant()))
                .query(String.class).optional();
    }

    /** When the user's newest link was made, used or not. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastIssued(String userId) {
        return jdbc.sql("""
                SELECT created_at FROM app.reviewer_password_link WHERE user_id = :user
                ORDER BY created_at DESC LIMIT 1
                """)
                .param("user", userId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The user's links that still work stop working (a newer link, a removal). */
    @Transactional
    public void retireAll(String userId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE app.reviewer_password_link SET expires_at = :now
                WHERE user_id = :user AND used_at IS NULL AND expires_at > :now
                """)
                .param("user", userId).param("now", now).update();
    }

    /** The user is deleted: their links go with them. */
    @Transactional
    public void forget(String userId) {
        jdbc.sql("DELETE FROM app.reviewer_password_link WHERE user_id = :user").param("user", userId).update();
    }

    private static boolean plausible(String raw) {
        return raw != null && !raw.isBlank() && raw.length() <= 100;
    }
}
