package org.unioncabinet.withdrawal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.mydata.Retention;

/**
 * Closing the cabinet: not while a signed withdrawal statement waits for the organisation's answer or for its
 * confirmation of the destruction (the union's legal terms run to their end, and the answer is the member's to read).
 * Afterwards statements never signed are deleted; in a signed one the free texts (what the cabinet stopped, what was
 * destroyed and kept, the note on the destruction) are set to null, and the statement stays as the proof of the
 * withdrawal and of the answer given in time: which consent, when signed, the terms, who answered and when, on which
 * basis something is kept. Its signed document stays with the other signed documents.
 */
@Component
class WithdrawalErasure implements PersonalDataErasure {

    static final String IN_PROGRESS = "Ваш отзыв согласия на обработку персональных данных ещё исполняется: первичная "
            + "профсоюзная организация должна ответить на заявление и подтвердить уничтожение персональных данных в "
            + "сроки, установленные законом. Удалить личный кабинет можно будет после этого; как исполняется "
            + "заявление, видно в личном кабинете.";

    private final JdbcClient jdbc;

    WithdrawalErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        // before the documents' erasure, which deletes the unsigned statements' documents these rows reference
        return 24;
    }

    @Override
    public Optional<String> objection(UUID accountId) {
        return jdbc.sql("""
                SELECT count(*) FROM app.consent_withdrawal
                WHERE account_id = :account AND status IN ('AWAITING_ANSWER', 'AWAITING_DESTRUCTION')
                """).param("account", accountId).query(Integer.class).single() > 0 ? Optional.of(IN_PROGRESS)
                        : Optional.empty();
    }

    @Override
    public Erased erase(UUID accountId) {
        int unsigned = jdbc.sql("DELETE FROM app.consent_withdrawal WHERE account_id = :account AND signed_at IS NULL")
                .param("account", accountId).update();
        int signed = jdbc.sql("""
                UPDATE app.consent_withdrawal SET stopped_processing = NULL, destroyed_data = NULL, kept_data = NULL,
                  destruction_note = NULL
                WHERE account_id = :account
                """).param("account", accountId).update();
        return new Erased(List.of("consent_withdrawal: " + unsigned + " unsigned rows deleted, " + signed
                + " signed rows cleared of their free texts"),
                signed == 0 ? List.of() : List.of(new Kept("consent_withdrawal: " + signed + " signed statements"
                        + " (consent, status, signed, terms, organisation, answered and confirmed when and by whom,"
                        + " basis of keeping)",
                        "the operator proves the withdrawal of the consent and that it answered and destroyed the data"
                                + " within the terms (152-FZ art. 21 part 5, art. 14 part 3); kept with the signed"
                                + " statement for the limitation period (Civil Code art. 196)",
                        Retention.LIMITATION_PERIOD)));
    }
}
