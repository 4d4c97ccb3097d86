package org.unioncabinet.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How often the directory's most frequent words (stems) occur, from PostgreSQL's own statistics of
 * the search vector (pg_stats.most_common_elems, kept by ANALYZE). Search uses it to tell a broad
 * query («детский сад», «дет») from a narrow one: the GIN index finds a narrow query's few rows at
 * once, but for 40,000 matches a plain scan that stops at the first few hundred is ten times faster.
 * A word missing from the statistics is rare. Re-read every few minutes.
 */
@Component
class LexemeFrequencies {

    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** A stem is at most this much shorter than its word («школами» → «школ»). */
    private static final int MAX_ENDING = 3;
    private static final int MIN_STEM = 3;

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(new TreeMap<>(), Instant.MIN);

    private record Snapshot(NavigableMap<String, Double> frequencies, Instant readAt) {
    }

    LexemeFrequencies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The share of organisations (0…1) that have a word as typed, its stem being one of the frequent ones. */
    double ofWord(String word) {
        NavigableMap<String, Double> frequencies = current();
        if (Inn.digitsOnly(word)) {
            // a number is its own lexeme: «1244» is not «1»
            return frequencies.getOrDefault(word, 0.0);
        }
        double share = 0;
        for (int length = Math.max(MIN_STEM, word.length() - MAX_ENDING); length <= word.length(); length++) {
            share = Math.max(share, frequencies.getOrDefault(word.substring(0, length), 0.0));
        }
        return share;
    }

    /** The share of organisations that have a word beginning so: at most the sum over the frequent words that do. */
    double ofBeginning(String beginning) {
        NavigableMap<String, Double> frequencies = current();
        double sum = frequencies.subMap(beginning, true, beginning + Character.MAX_VALUE, false).values().stream()
                .mapToDouble(Double::doubleValue).sum();
        return Math.min(1, Math.max(sum, ofWord(beginning)));
    }

    /** Forgets what was read, e.g. after a large import or in tests. */
    void refresh() {
        snapshot = new Snapshot(new TreeMap<>(), Instant.MIN);
    }

    private NavigableMap<String, Double> current() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.readAt().plus(MAX_AGE).isBefore(now)) {
            current = new Snapshot(read(), now);
            snapshot = current;
        }
        return current.frequencies();
    }

    private NavigableMap<String, Double> read() {
        NavigableMap<String, Double> frequencies = new TreeMap<>();
        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT most_common_elems::text::text[] AS lexemes, most_common_elem_freqs AS shares
                FROM pg_stats
                WHERE schemaname = 'app' AND tablename = 'educational_organisation' AND attname = 'search_vector'
                """).query().listOfRows();
        for (Map<String, Object> row : rows) {
            if (row.get("lexemes") instanceof java.sql.Array lexemes && row.get("shares") instanceof java.sql.Array shares) {
                try {
                    String[] words = (String[]) lexemes.getArray();
                    Float[] values = (Float[]) shares.getArray();
                    // the shares array ends with three summary values: it is longer than the word list
                    for (int i = 0; i < words.length && i < values.length; i++) {
                        frequencies.merge(words[i], values[i].doubleValue(), Math::max);
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("pg_stats could not be read", e);
                }
            }
        }
        return frequencies;
    }
}
