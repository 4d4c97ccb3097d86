package org.unioncabinet.dictation.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An edition's questions with their correct options, for an admin checking an imported edition before it opens
 * ({@link ResultsController#questions}). Besides scoring, the one reader of the correct flags: nothing a member,
 * a reviewer or an analyst reaches calls it.
 */
@Service
@Transactional(readOnly = true)
public class EditionPreview {

    /** A question as the admin checks it. */
    public record Question(int position, String text, String topic, int points, boolean multiple,
            List<Option> options) {
    }

    /** An option and whether it is correct. */
    public record Option(int position, String text, boolean correct) {
    }

    private final JdbcClient jdbc;

    EditionPreview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Question> questions(long editionId) {
        Map<Long, List<Option>> options = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT o.question_id, o.position, o.text, o.correct FROM app.dictation_option o
                JOIN app.dictation_question q ON q.id = o.question_id
                WHERE q.edition_id = :edition ORDER BY q.position, o.position
                """).param("edition", editionId)
                .query((rs, row) -> Map.entry(rs.getLong("question_id"),
                        new Option(rs.getInt("position"), rs.getString("text"), rs.getBoolean("correct"))))
                .list().forEach(entry -> options.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return jdbc.sql("""
                SELECT id, position, text, topic, points, multiple FROM app.dictation_question
                WHERE edition_id = :edition ORDER BY position
                """).param("edition", editionId)
                .query((rs, row) -> new Question(rs.getInt("position"), rs.getString("text"), rs.getString("topic"),
                        rs.getInt("points"), rs.getBoolean("multiple"),
                        List.copyOf(options.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
