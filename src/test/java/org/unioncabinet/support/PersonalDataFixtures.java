package org.unioncabinet.support;

import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the modules that «Мои данные» and «Удалить кабинет» read and erase, written straight into the tables when a
 * test needs one in a given state without walking its whole journey.
 */
@TestComponent
public class PersonalDataFixtures {

    private final JdbcClient jdbc;

    PersonalDataFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A signed withdrawal of the account's personal-data consent in the given status (AWAITING_ANSWER,
     * AWAITING_DESTRUCTION or COMPLETED), with the answer's texts where the status has them.
     */
    public UUID withdrawal(UUID accountId, String status, String destroyed, String kept, String note) {
        UUID id = UUID.randomUUID();
        boolean answered = !"AWAITING_ANSWER".equals(status);
        boolean confirmed = "COMPLETED".equals(status);
        jdbc.sql("""
                INSERT INTO app.consent_withdrawal (id, account_id, consent_id, status, created_at, signed_at,
                  answer_due_on, destruction_due_on, stopped_processing, answered_at, answered_by, destroyed_data,
                  kept_basis, kept_data, destruction_confirmed_at, destruction_confirmed_by, destruction_note)
                SELECT :id, :account, c.id, :status, now(), now(), DATE '2031-03-14', DATE '2031-04-10',
                  'Рассылка новостей Профсоюза прекращена', CASE WHEN :answered THEN now() END,
                  CASE WHEN :answered THEN 'reviewer' END, CASE WHEN :answered THEN :destroyed END,
                  CASE WHEN :answered THEN 'ARCHIVES' END, CASE WHEN :answered THEN :kept END,
                  CASE WHEN :confirmed THEN now() END, CASE WHEN :confirmed THEN 'reviewer' END,
                  CASE WHEN :confirmed THEN :note END
                FROM app.consent c WHERE c.account_id = :account AND c.kind = 'PERSONAL_DATA'
                ORDER BY c.given_at LIMIT 1
                """).param("id", id).param("account", accountId).param("status", status).param("answered", answered)
                .param("confirmed", confirmed).param("destroyed", destroyed).param("kept", kept).param("note", note)
                .update();
        return id;
    }

    /**
     * A finished attempt of the account in a new edition of «Профсоюзный диктант» whose results are out: one question
     * «{question}» answered with the option «{chosen}», scored {@code score} of 10.
     */
    public UUID dictationAttempt(UUID accountId, String question, String chosen, int score) {
        String code = "fixture-" + UUID.randomUUID().toString().substring(0, 8);
        long edition = jdbc.sql("""
                INSERT INTO app.dictation_edition (code, title, opens_at, closes_at, time_limit, source_sha256,
                  imported_at)
                VALUES (:code, 'Диктант ' || :code, now() - INTERVAL '2 days', now() - INTERVAL '1 day',
                  INTERVAL '1 hour', repeat('0', 64), now())
                RETURNING id
                """).param("code", code).query(Long.class).single();
        long questionId = jdbc.sql("""
                INSERT INTO app.dictation_question (edition_id, position, text, topic, points, multiple)
                VALUES (:edition, 1, :text, 'История', 10, false) RETURNING id
                """).param("edition", edition).param("text", question).query(Long.class).single();
        long option = jdbc.sql("""
                INSERT INTO app.dictation_option (question_id, position, text, correct)
                VALUES (:question, 1, :text, true) RETURNING id
                """).param("question", questionId).param("text", chosen).query(Long.class).single();
        UUID attempt = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO app.dictation_attempt (id, edition_id, account_id, person_key, started_at, deadline,
                  finished_at, score, max_score, award, awarded_at)
                VALUES (:id, :edition, :account, :account, now() - INTERVAL '2 days',
                  now() - INTERVAL '2 days' + INTERVAL '1 hour', now() - INTERVAL '2 days' + INTERVAL '30 minutes',
                  :score, 10, 'DIPLOMA_2', now() - INTERVAL '1 day')
                """).param("id", attempt).param("edition", edition).param("account", accountId).param("score", score)
                .update();
        jdbc.sql("""
                INSERT INTO app.dictation_answer (attempt_id, question_id, option_ids, saved_at)
                VALUES (:attempt, :question, ARRAY[CAST(:option AS bigint)], now() - INTERVAL '2 days')
                """).param("attempt", attempt).param("question", questionId).param("option", option).update();
        return attempt;
    }
}
