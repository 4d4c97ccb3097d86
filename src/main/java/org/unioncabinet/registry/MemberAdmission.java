package org.unioncabinet.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Variant 2's end: a new member enters the registry, linked to their account, with a newly issued
 * e-ticket number. Idempotent per account, so a retried job issues no second number.
 */
@Service
public class MemberAdmission {

    /** The facts of a new member as the registry keeps them. */
    public record NewMember(String lastName, String firstName, String middleName, LocalDate birthDate,
            String educationalOrganisation, String primaryOrganisation) {
    }

    private final TicketIssuer issuer;
    private final MembershipCheck registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    public MemberAdmission(TicketIssuer issuer, MembershipCheck registry, JdbcClient jdbc, Clock clock) {
        this.issuer = issuer;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the member's e-ticket number (the one issued before, if this account was admitted already) */
    @Transactional
    public String admit(UUID accountId, NewMember member) {
        var existing = registry.ofAccount(accountId);
        if (existing.isPresent()) {
            return existing.get().ticketNumber();
        }
        String ticket = issuer.issue();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                INSERT INTO app.registry_member (id, last_name, first_name, middle_name, birth_date, ticket_number,
                  educational_organisation, primary_organisation, status, account_id, created_at, updated_at)
                VALUES (:id, :last, :first, :middle, :birth, :ticket, :school, :union, 'ACTIVE', :account, :now, :now)
                """)
                .param("id", UUID.randomUUID()).param("last", member.lastName()).param("first", member.firstName())
                .param("middle", member.middleName()).param("birth", member.birthDate()).param("ticket", ticket)
                .param("school", truncate(member.educationalOrganisation())).param("union", truncate(member.primaryOrganisation()))
                .param("account", accountId).param("now", now)
                .update();
        return ticket;
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
