package org.unioncabinet.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Lets an action (sending a mail, most often) happen at most once per period for one key, across
 * every node that shares the database. Keeps the system from being used to flood a mailbox.
 */
@Service
public class ActionCooldown {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ActionCooldown(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Takes the action's turn if the key is not cooling down, atomically.
     *
     * @return empty when the action may go ahead now, else how long the caller must still wait
     */
    public Optional<Duration> tryAcquire(String key, Duration period) {
        Instant now = clock.instant();
        int taken = jdbc.sql("""
                INSERT INTO app.action_cooldown (cooldown_key, next_allowed_at) VALUES (:key, :next)
                ON CONFLICT (cooldown_key) DO UPDATE SET next_allowed_at = EXCLUDED.next_allowed_at
                WHERE action_cooldown.next_allowed_at <= :now
                """)
                .param("key", key)
                .param("next", Timestamp.from(now.plus(period)))
                .param("now", Timestamp.from(now))
                .update();
        if (taken == 1) {
            return Optional.empty();
        }
        Timestamp next = jdbc.sql("SELECT next_allowed_at FROM app.action_cooldown WHERE cooldown_key = :key")
                .param("key", key)
                .query(Timestamp.class)
                .single();
        return Optional.of(Duration.between(now, next.toInstant()));
    }

    /**
     * Lets the action happen up to {@code times} per period for one key: {@code times} slots, each a cooldown
     * of its own, and the action takes any free one.
     *
     * @return empty when the action may go ahead now, else how long until the first slot frees
     */
    public Optional<Duration> tryAcquire(String key, int times, Duration period) {
        List<String> slots = IntStream.range(0, Math.max(1, times)).mapToObj(slot -> key + "#" + slot).toList();
        Map<String, Instant> busy = jdbc
                .sql("SELECT cooldown_key, next_allowed_at FROM app.action_cooldown WHERE cooldown_key IN (:slots)")
                .param("slots", slots)
                .query((row, number) -> Map.entry(row.getString(1), row.getTimestamp(2).toInstant()))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Instant now = clock.instant();
        Duration shortest = period;
        for (String slot : slots) {
            Instant next = busy.get(slot);
            if (next == null || !next.isAfter(now)) {
                // Free a moment ago; another request may take it first, then its wait counts.
                Optional<Duration> wait = tryAcquire(slot, period);
                if (wait.isEmpty()) {
                    return wait;
                }
                next = now.plus(wait.get());
            }
            Duration remaining = Duration.between(now, next);
            shortest = remaining.compareTo(shortest) < 0 ? remaining : shortest;
        }
        return Optional.of(shortest);
    }
}
