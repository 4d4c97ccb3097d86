package org.unioncabinet.signing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.unioncabinet.system.CabinetProperties;

/**
 * A member's budget of wrong confirmation codes, kept in PostgreSQL across every code they are sent: a new code, the
 * end of a code's attempts or its lifetime do not refill it. At most {@code guessesPerHour} within any hour and
 * {@code guessesPerDay} within any day, so whoever has the member's password but not the mailbox guesses a 6-digit
 * code at most {@code guessesPerDay} times a day (docs/security.md).
 */
@Service
class GuessBudget {

    static final Duration HOUR = Duration.ofHours(1);
    static final Duration DAY = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CabinetProperties.Signing settings;

    GuessBudget(JdbcClient jdbc, Clock clock, CabinetProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.signing();
    }

    /** @return when the member may enter a code again, if their budget is spent now; empty while it is not */
    Optional<Instant> spentUntil(UUID accountId) {
        Instant now = clock.instant();
        Optional<Instant> hourly = freedAt(accountId, settings.guessesPerHour(), HOUR, now);
        Optional<Instant> daily = freedAt(accountId, settings.guessesPerDay(), DAY, now);
        if (hourly.isEmpty()) {
            return daily;
        }
        return daily.filter(day -> day.isAfter(hourly.get())).or(() -> hourly);
    }

    /** Counts one wrong code; rows older than the longest window are of no use any more and go. */
    void spendOne(UUID accountId) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM app.signing_guess WHERE account_id = :account AND guessed_at <= :old")
                .param("account", accountId)
                .param("old", Timestamp.from(now.minus(DAY)))
                .update();
        jdbc.sql("INSERT INTO app.signing_guess (account_id, guessed_at) VALUES (:account, :now)")
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * With {@code limit} wrong codes or more within the window, the member may guess again once the limit-th newest
     * of them leaves the window: then fewer than {@code limit} are left in it.
     */
    private Optional<Instant> freedAt(UUID accountId, int limit, Duration window, Instant now) {
        return jdbc.sql("""
                SELECT guessed_at FROM app.signing_guess
                WHERE account_id = :account AND guessed_at > :since
                ORDER BY guessed_at DESC OFFSET :skip LIMIT 1
                """)
                .param("account", accountId)
                .param("since", Timestamp.from(now.minus(window)))
                .param("skip", Math.max(0, limit - 1))
                .query(Timestamp.class)
                .optional()
                .map(guessed -> guessed.toInstant().plus(window));
    }
}
