package org.unioncabinet.dictation;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet: the attempts stay, for the edition's results and so that a person takes part once, but hold
 * nothing of the person afterwards: the answers chosen are deleted, the link to the account is set to null, and a
 * person key that was the account's own id (a cabinet not linked to the registry, the only kind that may be closed)
 * is replaced by a random one, which nobody can come back as: the closed account signs in no more, a new cabinet has
 * a new id. What is left is an edition, times, a score and an award of nobody. A running attempt's process goes on
 * to its end: it scores the attempt from the record and mails nobody (the result mail needs the account).
 * The certificates are deleted with their PDFs (the full name) and their verification records (the initials): the
 * codes then verify nothing, as the consent given for their publication ends with the cabinet; an attempt awarded
 * after the closing gets none (nobody to hold it).
 * The dictation consent is withdrawn by the consent module's erasure, like every consent.
 */
@Component
class DictationErasure implements PersonalDataErasure {

    private final JdbcClient jdbc;

    DictationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 26;
    }

    @Override
    public Erased erase(UUID accountId) {
        int certificates = jdbc.sql("""
                DELETE FROM app.dictation_certificate WHERE attempt_id IN
                  (SELECT id FROM app.dictation_attempt WHERE account_id = :account)
                """).param("account", accountId).update();
        int answers = jdbc.sql("""
                DELETE FROM app.dictation_answer WHERE attempt_id IN
                  (SELECT id FROM app.dictation_attempt WHERE account_id = :account)
                """).param("account", accountId).update();
        int attempts = jdbc.sql("""
                UPDATE app.dictation_attempt
                SET person_key = CASE WHEN person_key = account_id THEN gen_random_uuid() ELSE person_key END,
                  account_id = NULL
                WHERE account_id = :account
                """).param("account", accountId).update();
        return Erased.only("dictation_certificate: " + certificates + " rows deleted (the PDF with the name, the"
                        + " initials the verify page showed)",
                "dictation_answer: " + answers + " rows deleted",
                "dictation_attempt: " + attempts + " rows unlinked from the account (no personal data left: edition,"
                        + " times, score, award)");
    }
}
