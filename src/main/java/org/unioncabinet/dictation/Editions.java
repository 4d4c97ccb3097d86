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
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The editions and their questions as members see them. Nothing here reads which options are correct: those are
 * read only to score an attempt ({@link Attempts#score}). Every read is one statement, so none needs a transaction of
 * its own (the herd at an edition's start asks for them hundreds of times a second).
 */
@Service
public class Editions {

    /**
     * An edition's facts and rules; {@code contentKey} names the import that wrote its questions (the file's SHA-256
     * and the time it was written): every import that changes them changes it, also one that brings back an earlier
     * file, whose questions are new rows with new ids.
     */
    public record Edition(long id, String code, String title, Instant opensAt, Instant closesAt, Duration timeLimit,
            boolean demo, String awardDecision, int questions, int maxScore, String contentKey) {

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

        /** «1 балл», «3 балла», «12 баллов»: as the question's heading reads. */
        public String pointsText() {
            return Points.of(points);
        }
    }

    /** An option as members see it: its id and text, never whether it is correct. */
    public record Option(long id, String text) {
    }

    private static final String EDITION = """
            SELECT e.id, e.code, e.title, e.source_sha256 || '@' || extract(epoch FROM e.imported_at) AS content_key,
                   e.opens_at, e.closes_at,
                   extract(epoch FROM e.time_limit)::bigint AS limit_seconds, e.demo, e.award_decision,
                   (SELECT count(*) FROM app.dictation_question q WHERE q.edition_id = e.id) AS questions,
                   (SELECT coalesce(sum(q.points), 0) FROM app.dictation_question q WHERE q.edition_id = e.id) AS max_score
            FROM app.dictation_edition e
            """;

    /** An edition's questions as read for one content of its file. */
    private record Content(String contentKey, List<Question> questions) {
    }

    /** A handful of editions a year: the bound only keeps a mistake from growing the map. */
    private static final int CACHED_EDITIONS = 64;

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * The questions by edition, each under the import they were read for: every import that writes questions gives
     * another key, so a stale entry is never served, whichever process imported it ({@code --import-dictation} runs in a
     * JVM of its own). Once an edition has attempts its content cannot change at all ({@link DictationImport}).
     */
    private final Map<Long, Content> questionsByEdition = new ConcurrentHashMap<>();

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
        return read(editionId).questions();
    }

    /** The same, kept in memory for the import that wrote them as {@code edition} was read. */
    public List<Question> questions(Edition edition) {
        Content cached = questionsByEdition.get(edition.id());
        if (cached != null && cached.contentKey().equals(edition.contentKey())) {
            return cached.questions();
        }
        Content read = read(edition.id());
        if (read.contentKey() != null) {
            if (questionsByEdition.size() >= CACHED_EDITIONS) {
                questionsByEdition.clear();
            }
            // under the content it was read with, which may be newer than the edition's: the next look reads again
            questionsByEdition.put(edition.id(), read);
        }
        return read.questions();
    }

    /** One statement, so that the questions and their options are of the same import. */
    private Content read(long editionId) {
        Map<Long, Question> questions = new LinkedHashMap<>();
        Map<Long, List<Option>> options = new LinkedHashMap<>();
        String[] importKey = new String[1];
        jdbc.sql("""
                SELECT e.source_sha256 || '@' || extract(epoch FROM e.imported_at) AS content_key,
                       q.id, q.position, q.text, q.topic, q.points, q.multiple, o.id AS option_id, o.text AS option_text
                FROM app.dictation_edition e
                JOIN app.dictation_question q ON q.edition_id = e.id
                JOIN app.dictation_option o ON o.question_id = q.id
                WHERE e.id = :edition ORDER BY q.position, o.position
                """).param("edition", editionId).query((rs, row) -> {
                    importKey[0] = rs.getString("content_key");
                    long id = rs.getLong("id");
                    if (!questions.containsKey(id)) {
                        questions.put(id, new Question(id, rs.getInt("position"), rs.getString("text"),
                                rs.getString("topic"), rs.getInt("points"), rs.getBoolean("multiple"), List.of()));
                    }
                    options.computeIfAbsent(id, key -> new ArrayList<>())
                            .add(new Option(rs.getLong("option_id"), rs.getString("option_text")));
                    return null;
                }).list();
        return new Content(importKey[0], questions.values().stream().map(question -> new Question(question.id(),
                question.position(), question.text(), question.topic(), question.points(), question.multiple(),
                List.copyOf(options.get(question.id())))).toList());
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                Duration.ofSeconds(rs.getLong("limit_seconds")), rs.getBoolean("demo"), rs.getString("award_decision"),
                rs.getInt("questions"), rs.getInt("max_score"), rs.getString("content_key"));
    }
}
