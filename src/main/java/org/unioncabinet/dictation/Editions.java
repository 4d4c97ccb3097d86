package org.unioncabinet.dictation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions and their questions as members see them. Nothing here reads which options are correct: those are
 * read only to score an attempt ({@link Attempts#score}).
 */
@Service
@Transactional(readOnly = true)
public class Editions {

    /** An edition's facts and rules. */
    public record Edition(long id, String code, String title, Instant opensAt, Instant closesAt, Duration timeLimit,
            boolean demo, String awardDecision, int questions, int maxScore) {

        public boolean isOpenAt(Instant now) {
            return !now.isBefore(opensAt) && now.isBefore(closesAt);
        }

        public long timeLimitMinutes() {
            return timeLimit.toMinutes();
        }
    }

    /** A question without its answer. */
    public record Question(long id, int position, String text, String topic, int points, boolean multiple,
            List<Option> options) {
    }

    /** An option as members see it: its id and text, never whether it is correct. */
    public record Option(long id, String text) {
    }

    private static final String EDITION = """
            SELECT e.id, e.code, e.title, e.opens_at, e.closes_at, extract(epoch FROM e.time_limit)::bigint AS limit_seconds,
                   e.demo, e.award_decision, (SELECT count(*) FROM app.dictation_question q WHERE q.edition_id = e.id) AS questions,
                   (SELECT coalesce(sum(q.points), 0) FROM app.dictation_question q WHERE q.edition_id = e.id) AS max_score
            FROM app.dictation_edition e
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Editions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Edition> byCode(String code) {
        return jdbc.sql(EDITION + " WHERE e.code = :code").param("code", code).query(Editions::edition).optional();
    }

    /** What the cabinet offers: every open edition, and the next one to open (demonstration editions last). */
    public List<Edition> openOrNext() {
        Timestamp now = Timestamp.from(clock.instant());
        List<Edition> open = jdbc.sql(EDITION + " WHERE e.opens_at <= :now AND e.closes_at > :now ORDER BY e.demo, e.closes_at")
                .param("now", now).query(Editions::edition).list();
        List<Edition> offered = new ArrayList<>(open);
        jdbc.sql(EDITION + " WHERE e.opens_at > :now AND NOT e.demo ORDER BY e.opens_at LIMIT 1").param("now", now)
                .query(Editions::edition).optional().ifPresent(offered::add);
        offered.sort((a, b) -> Boolean.compare(a.demo(), b.demo()));
        return offered;
    }

    /** The questions in order, each with its options in order; no correct answer among them. */
    public List<Question> questions(long editionId) {
        Map<Long, List<Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.question_id, o.id, o.text FROM app.dictation_option o
                JOIN app.dictation_question q ON q.id = o.question_id
                WHERE q.edition_id = :edition ORDER BY q.position, o.position
                """).param("edition", editionId).query((rs, row) -> {
                    options.computeIfAbsent(rs.getLong("question_id"), id -> new ArrayList<>())
                            .add(new Option(rs.getLong("id"), rs.getString("text")));
                    return null;
                }).list();
        return jdbc.sql("""
                SELECT id, position, text, topic, points, multiple FROM app.dictation_question
                WHERE edition_id = :edition ORDER BY position
                """).param("edition", editionId)
                .query((rs, row) -> new Question(rs.getLong("id"), rs.getInt("position"), rs.getString("text"),
                        rs.getString("topic"), rs.getInt("points"), rs.getBoolean("multiple"),
                        List.copyOf(options.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                Duration.ofSeconds(rs.getLong("limit_seconds")), rs.getBoolean("demo"), rs.getString("award_decision"),
                rs.getInt("questions"),
                rs.getInt("max_score"));
    }
}
