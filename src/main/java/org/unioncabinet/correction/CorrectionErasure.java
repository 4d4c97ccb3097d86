package org.unioncabinet.correction;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet: not while a correction statement is with the primary organisation; otherwise every statement
 * (what was asked, why, the scan) is deleted. Its signed document stays with the other signed documents.
 */
@Component
class CorrectionErasure implements PersonalDataErasure {

    static final String UNDER_REVIEW = "Ваше заявление об изменении персональных данных рассматривается первичной "
            + "профсоюзной организацией: удалить личный кабинет до решения по нему нельзя.";

    private final JdbcClient jdbc;

    CorrectionErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public Optional<String> objection(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM app.correction_statement WHERE account_id = :account AND status = 'SUBMITTED'")
                .param("account", accountId).query(Integer.class).single() > 0 ? Optional.of(UNDER_REVIEW)
                        : Optional.empty();
    }

    @Override
    public Erased erase(UUID accountId) {
        int deleted = jdbc.sql("DELETE FROM app.correction_statement WHERE account_id = :account")
                .param("account", accountId).update();
        return Erased.only("correction_statement: " + deleted + " rows deleted (with their scans)");
    }
}
