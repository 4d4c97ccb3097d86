package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.support.CabinetTest;

/** Numbers issued on admission: valid, unique under concurrent admissions, never an imported one. */
@CabinetTest
class TicketIssuerTest {

    @Autowired
    TicketIssuer issuer;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuesSixteenDigitNumbersWithALuhnCheckDigit() {
        String number = transactions.execute(status -> issuer.issue());

        assertThat(number).hasSize(16).startsWith(TicketIssuer.PREFIX);
        assertThat(TicketNumber.hasValidCheckDigit(number)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM app.issued_ticket WHERE ticket_number = :n").param("n", number)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void concurrentAdmissionsNeverGetTheSameNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> issued = new ArrayList<>();
            Callable<String> admission = () -> transactions.execute(status -> issuer.issue());
            for (int i = 0; i < 200; i++) {
                issued.add(pool.submit(admission));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> number : issued) {
                numbers.add(number.get());
            }
            assertThat(numbers).hasSize(200).allMatch(TicketNumber::hasValidCheckDigit);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void skipsANumberAnImportedRecordAlreadyCarries() {
        long next = jdbc.sql("SELECT CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM app.ticket_number_seq")
                .query(Long.class).single();
        String taken = TicketNumber.withCheckDigit(TicketIssuer.PREFIX + String.format("%014d", next));
        jdbc.sql("""
                INSERT INTO app.registry_member (id, last_name, first_name, birth_date, ticket_number,
                  educational_organisation, primary_organisation, status, created_at, updated_at)
                VALUES (gen_random_uuid(), 'Импортова', 'Анна', DATE '1980-01-01', :ticket, 'Школа', 'ППО', 'ACTIVE', now(), now())
                """).param("ticket", taken).update();

        String number = transactions.execute(status -> issuer.issue());

        assertThat(number).isEqualTo(TicketNumber.withCheckDigit(TicketIssuer.PREFIX + String.format("%014d", next + 1)));
    }
}
