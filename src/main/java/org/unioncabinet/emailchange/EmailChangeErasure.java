package org.unioncabinet.emailchange;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet: every «Изменить email» request (the old and the new address) is deleted; its process goes
 * with the account's other processes (business key = account id).
 */
@Component
class EmailChangeErasure implements PersonalDataErasure {

    private final JdbcClient jdbc;

    EmailChangeErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Erased erase(UUID accountId) {
        int deleted = jdbc.sql("DELETE FROM app.email_change WHERE account_id = :account").param("account", accountId)
                .update();
        return Erased.only("email_change: " + deleted + " rows deleted");
    }
}
