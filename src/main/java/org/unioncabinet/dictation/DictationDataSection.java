package org.unioncabinet.dictation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/**
 * «Мои данные»: every attempt of «Профсоюзный диктант» started in this cabinet: the edition, when it started and
 * ended, the answers chosen (the options' texts, never whether they are right), and the score and award once the
 * results are out, as the dictation's own page shows them, and the certificate (its code, award, date and the
 * initials the verify page shows).
 */
@Component
class DictationDataSection implements MemberDataSection {

    /** An attempt as the JSON holds it. */
    record AttemptData(UUID id, String edition, Instant startedAt, Instant finishedAt, Integer score, Integer maxScore,
            String award, List<AnswerData> answers, CertificateData certificate) {
    }

    /** The certificate as issued: what anyone with its code sees on the verify page. */
    record CertificateData(String code, String award, LocalDate awardedOn, String holderInitials) {
    }

    /** One answer: the question's number and text, the options chosen. */
    record AnswerData(int question, String questionText, List<String> chosen, Instant savedAt) {
    }

    private final JdbcClient jdbc;
    private final Certificates certificates;

    DictationDataSection(JdbcClient jdbc, Certificates certificates) {
        this.jdbc = jdbc;
        this.certificates = certificates;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<AttemptData> attempts = jdbc.sql("""
                SELECT a.id, e.title, a.started_at, a.finished_at, a.awarded_at, a.score, a.max_score, a.award
                FROM app.dictation_attempt a JOIN app.dictation_edition e ON e.id = a.edition_id
                WHERE a.account_id = :account ORDER BY a.started_at DESC
                """).param("account", accountId).query((rs, n) -> {
                    boolean resultsOut = rs.getTimestamp("awarded_at") != null;
                    UUID id = rs.getObject("id", UUID.class);
                    return new AttemptData(id, rs.getString("title"), rs.getTimestamp("started_at").toInstant(),
                            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                            resultsOut ? (Integer) rs.getObject("score") : null,
                            resultsOut ? (Integer) rs.getObject("max_score") : null,
                            resultsOut ? rs.getString("award") : null, List.of(), null);
                }).list();
        Map<UUID, CertificateData> issued = certificates.ofAccount(accountId).stream().collect(Collectors.toMap(
                Certificates.Certificate::attemptId, certificate -> new CertificateData(certificate.code().grouped(),
                        certificate.award().label(), certificate.awardedOn(), certificate.holderInitials())));
        attempts = attempts.stream().map(attempt -> new AttemptData(attempt.id(), attempt.edition(), attempt.startedAt(),
                        attempt.finishedAt(), attempt.score(), attempt.maxScore(), attempt.award(), answers(attempt.id()),
                        issued.get(attempt.id())))
                .toList();
        return new DataSection("dictationAttempts", "Профсоюзный диктант", "Вы не участвовали в «Профсоюзном диктанте».",
                attempts.stream().map(DictationDataSection::item).toList(), attempts);
    }

    private List<AnswerData> answers(UUID attemptId) {
        return jdbc.sql("""
                SELECT q.position, q.text, a.saved_at,
                  ARRAY(SELECT o.text FROM app.dictation_option o WHERE o.id = ANY(a.option_ids) ORDER BY o.position)
                    AS chosen
                FROM app.dictation_answer a JOIN app.dictation_question q ON q.id = a.question_id
                WHERE a.attempt_id = :attempt ORDER BY q.position
                """).param("attempt", attemptId)
                .query((rs, n) -> new AnswerData(rs.getInt("position"), rs.getString("text"),
                        List.of((String[]) rs.getArray("chosen").getArray()), rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    private static DataSection.Item item(AttemptData attempt) {
        DataSection.Rows rows = new DataSection.Rows()
                .add("Выпуск", attempt.edition())
                .moment("Начато", attempt.startedAt())
                .moment("Завершено", attempt.finishedAt())
                .add("Баллы", attempt.score() == null ? "Результаты ещё не подведены"
                        : attempt.score() + " из " + attempt.maxScore())
                .add("Итог", attempt.award() == null ? null : Award.valueOf(attempt.award()).label());
        if (attempt.certificate() != null) {
            rows.add("Код проверки сертификата", attempt.certificate().code())
                    .date("Сертификат выдан", attempt.certificate().awardedOn())
                    .add("Инициалы на странице проверки", attempt.certificate().holderInitials());
        }
        for (AnswerData answer : attempt.answers()) {
            rows.add("Вопрос " + answer.question() + ". " + answer.questionText(),
                    answer.chosen().isEmpty() ? "Ответ не выбран" : String.join("; ", answer.chosen()));
        }
        return rows.item("Участие в «Профсоюзном диктанте»");
    }
}
