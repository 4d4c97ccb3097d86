package org.unioncabinet.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.system.Sha256;

/**
 * Issues and redeems single-use link tokens: 256 random bits, sent only in the mail, stored only as
 * a SHA-256 hash, valid for a lifetime, redeemed at most once even under concurrent clicks.
 */
@Service
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OneTimeTokenRepository repository;
    private final Clock clock;

    public OneTimeTokens(OneTimeTokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** What a presented token turned out to be. */
    public sealed interface Redemption {
        /** The token worked, and is now used. */
        record Redeemed(UUID accountId) implements Redemption {
        }

        /** The token is known but was used or has expired. */
        record Spent(UUID accountId, boolean used) implements Redemption {
        }

        /** Never issued, or its account no longer exists. */
        record Unknown() implements Redemption {
        }
    }

    /**
     * Saves the token in a transaction of its own, committed before the caller mails it: a member (or a mail
     * scanner) may follow a link a moment after it leaves, before the caller's own transaction ends. If the
     * mail then fails, the token was never sent and simply expires.
     *
     * @return the raw token, to be put in a link and nowhere else
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String issue(UUID accountId, TokenPurpose purpose, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        repository.save(new OneTimeToken(accountId, purpose, hash(raw), now, now.plus(lifetime)));
        return raw;
    }

    /**
     * The same, retiring the account's earlier links of the purpose that still work: only the newest link in the
     * mailbox signs anything (a password reset: an older mail someone else may have read opens nothing).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String replace(UUID accountId, TokenPurpose purpose, Duration lifetime) {
        repository.retireAll(accountId, purpose, clock.instant());
        return issue(accountId, purpose, lifetime);
    }

    /** Retires the account's links of the purpose that still work, at once (a newer request makes them void). */
    @Transactional
    public void retire(UUID accountId, TokenPurpose purpose) {
        repository.retireAll(accountId, purpose, clock.instant());
    }

    @Transactional
    public Redemption redeem(String raw, TokenPurpose purpose) {
        Optional<OneTimeToken> token = find(raw, purpose);
        if (token.isEmpty()) {
            return new Redemption.Unknown();
        }
        UUID accountId = token.get().getAccountId();
        Instant now = clock.instant();
        if (repository.redeem(hash(raw), purpose, now) == 1) {
            repository.retireAll(accountId, purpose, now);
            return new Redemption.Redeemed(accountId);
        }
        return new Redemption.Spent(accountId, token.get().getUsedAt() != null);
    }

    /** Who a token (used, expired or not) was issued to; for «Отправить ссылку повторно» on a spent link. */
    @Transactional(readOnly = true)
    public Optional<UUID> owner(String raw, TokenPurpose purpose) {
        return find(raw, purpose).map(OneTimeToken::getAccountId);
    }

    /** The account a token still works for, without using it up: to show the form behind a link. */
    @Transactional(readOnly = true)
    public Optional<UUID> usableOwner(String raw, TokenPurpose purpose) {
        Instant now = clock.instant();
        return find(raw, purpose)
                .filter(token -> token.getUsedAt() == null && token.getExpiresAt().isAfter(now))
                .map(OneTimeToken::getAccountId);
    }

    private Optional<OneTimeToken> find(String raw, TokenPurpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        return repository.findByTokenHashAndPurpose(hash(raw), purpose);
    }

    private static String hash(String raw) {
        return Sha256.hex(raw);
    }
}
