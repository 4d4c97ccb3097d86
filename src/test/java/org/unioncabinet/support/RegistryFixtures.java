package org.unioncabinet.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registry records for tests, each with a ticket number no other test uses. */
@TestComponent
public class RegistryFixtures {

    /** A member as the registry knows them. */
    public record Entry(UUID id, String lastName, String firstName, String middleName, LocalDate birthDate,
            String ticketNumber) {
    }

    private final JdbcClient jdbc;

    public RegistryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Entry add(String lastName, String firstName, String middleName, LocalDate birthDate) {
        return add(lastName, firstName, middleName, birthDate, "ACTIVE");
    }

    public Entry add(String lastName, String firstName, String middleName, LocalDate birthDate, String status) {
        Entry entry = new Entry(UUID.randomUUID(), lastName, firstName, middleName, birthDate, newTicketNumber());
        jdbc.sql("""
                INSERT INTO app.registry_member (id, last_name, first_name, middle_name, birth_date, ticket_number,
                  educational_organisation, primary_organisation, status, created_at, updated_at)
                VALUES (:id, :last, :first, :middle, :birth, :ticket, 'МБОУ СОШ № 15 г. Васильевска',
                  'ППО МБОУ СОШ № 15 г. Васильевска', :status, now(), now())
                """)
                .param("id", entry.id()).param("last", lastName).param("first", firstName)
                .param("middle", middleName).param("birth", birthDate).param("ticket", entry.ticketNumber())
                .param("status", status)
                .update();
        return entry;
    }

    public static String newTicketNumber() {
        StringBuilder digits = new StringBuilder("9");
        for (int i = 0; i < 15; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
