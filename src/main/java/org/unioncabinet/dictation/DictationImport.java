package org.unioncabinet.dictation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.csv.ImportFileCommand;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.system.Sha256;

/**
 * Writes an edition from its file: a new code is created, the same content again changes nothing, changed content
 * replaces the questions of an edition nobody has started, and is refused for one that has attempts (their answers
 * and scores refer to the questions as they were).
 */
@Service
public class DictationImport {

    /** What an import did, as the operator's command prints it. */
    public record Report(String code, Outcome outcome, List<LineError> errors) implements ImportFileCommand.Report {

        public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

        @Override
        public boolean hasErrors() {
            return outcome == Outcome.REFUSED;
        }

        @Override
        public String toText() {
            StringBuilder text = new StringBuilder();
            switch (outcome) {
                case CREATED -> text.append("Выпуск «").append(code).append("» создан.\n");
                case UPDATED -> text.append("Выпуск «").append(code).append("» обновлён.\n");
                case UNCHANGED -> text.append("Выпуск «").append(code).append("» не изменился: файл тот же.\n");
                case REFUSED -> text.append("Выпуск не загружен").append(code == null ? "" : " («" + code + "»)")
                        .append(":\n");
            }
            errors.forEach(error -> text.append(error).append('\n'));
            return text.toString();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AwardDecisions awardDecisions;

    DictationImport(JdbcClient jdbc, Clock clock, AwardDecisions awardDecisions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.awardDecisions = awardDecisions;
    }

    /** A file in either format: JSON when its first character (after spaces and a byte-order mark) is «{». */
    @Transactional
    public Report importFile(Reader text) {
        DictationCsv.Parsed parsed;
        try {
            BufferedReader reader = new BufferedReader(text);
            reader.mark(4096);
            int first;
            do {
                first = reader.read();
            } while (first == '\uFEFF' || (first != -1 && Character.isWhitespace(first)));
            reader.reset();
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            parsed = first == '{' ? DictationJson.parse(reader, awardDecisions::problem)
                    : DictationCsv.parse(reader, awardDecisions::problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed.edition() == null) {
            return new Report(null, Report.Outcome.REFUSED, parsed.errors());
        }
        return write(parsed.edition());
    }

    private Report write(EditionFile edition) {
        String sha = Sha256.hex(edition.canonical());
        // FOR UPDATE: an attempt starting meanwhile (its foreign key takes a share lock on the row) waits for this
        Optional<Existing> existing = jdbc.sql("""
                SELECT e.id, e.source_sha256,
                       (SELECT count(*) FROM app.dictation_attempt a WHERE a.edition_id = e.id) AS attempts
                FROM app.dictation_edition e WHERE e.code = :code FOR UPDATE OF e
                """).param("code", edition.code())
                .query((rs, row) -> new Existing(rs.getLong("id"), rs.getString("source_sha256"), rs.getLong("attempts")))
                .optional();
        if (existing.isPresent() && existing.get().sha().equals(sha)) {
            return new Report(edition.code(), Report.Outcome.UNCHANGED, List.of());
        }
        if (existing.isPresent() && existing.get().attempts() > 0) {
            return new Report(edition.code(), Report.Outcome.REFUSED, List.of(new LineError(1, "выпуск «"
                    + edition.code() + "» уже начали участники (" + existing.get().attempts() + "): его вопросы и "
                    + "сроки менять нельзя, результаты считаются по ним; загрузите изменённый файл как новый выпуск "
                    + "с другим кодом")));
        }
        long editionId;
        if (existing.isPresent()) {
            editionId = existing.get().id();
            jdbc.sql("DELETE FROM app.dictation_question WHERE edition_id = :id").param("id", editionId).update();
            jdbc.sql("""
                    UPDATE app.dictation_edition SET title = :title, opens_at = :opens, closes_at = :closes,
                        time_limit = make_interval(secs => :limit), demo = :demo, award_decision = :awardDecision,
                        source_sha256 = :sha, imported_at = :now
                    WHERE id = :id
                    """).params(editionParams(edition, sha)).param("id", editionId).update();
        } else {
            editionId = jdbc.sql("""
                    INSERT INTO app.dictation_edition (code, title, opens_at, closes_at, time_limit, demo, award_decision,
                        source_sha256, imported_at)
                    VALUES (:code, :title, :opens, :closes, make_interval(secs => :limit), :demo, :awardDecision, :sha,
                        :now)
                    RETURNING id
                    """).params(editionParams(edition, sha)).param("code", edition.code()).query(Long.class).single();
        }
        for (EditionFile.Question question : edition.questions()) {
            long questionId = jdbc.sql("""
                    INSERT INTO app.dictation_question (edition_id, position, text, topic, points, multiple)
                    VALUES (:edition, :position, :text, :topic, :points, :multiple) RETURNING id
                    """).param("edition", editionId).param("position", question.position())
                    .param("text", question.text()).param("topic", question.topic()).param("points", question.points())
                    .param("multiple", question.multiple()).query(Long.class).single();
            for (int i = 0; i < question.options().size(); i++) {
                EditionFile.Option option = question.options().get(i);
                jdbc.sql("""
                        INSERT INTO app.dictation_option (question_id, position, text, correct)
                        VALUES (:question, :position, :text, :correct)
                        """).param("question", questionId).param("position", i + 1).param("text", option.text())
                        .param("correct", option.correct()).update();
            }
        }
        return new Report(edition.code(), existing.isPresent() ? Report.Outcome.UPDATED : Report.Outcome.CREATED,
                List.of());
    }

    private java.util.Map<String, Object> editionParams(EditionFile edition, String sha) {
        return java.util.Map.of("title", edition.title(), "opens", Timestamp.from(edition.opensAt()),
                "closes", Timestamp.from(edition.closesAt()), "limit", (double) edition.timeLimit().toSeconds(),
                "demo", edition.demo(), "awardDecision", edition.awardDecision(), "sha", sha,
                "now", Timestamp.from(clock.instant()));
    }

    private record Existing(long id, String sha, long attempts) {
    }
}
