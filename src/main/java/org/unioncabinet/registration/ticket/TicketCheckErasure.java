package org.unioncabinet.registration.ticket;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/** Closing the cabinet: every «Проверить данные» (names, birth date, ticket number as typed) is deleted. */
@Component
class TicketCheckErasure implements PersonalDataErasure {

    private final JdbcClient jdbc;

    TicketCheckErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Erased erase(UUID accountId) {
        int deleted = jdbc.sql("DELETE FROM app.ticket_check WHERE account_id = :account").param("account", accountId)
                .update();
        return Erased.only("ticket_check: " + deleted + " rows deleted");
    }
}
