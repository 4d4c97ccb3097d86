package org.unioncabinet.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A correction of a registry record on a statement its primary organisation approved («Заявление об изменении
 * персональных данных»): the record takes the new ФИО, date of birth and organisation, and every changed field is
 * kept in its history (who, when, on which statement, old → new). A member not yet linked to the record (variant 1's
 * lockout) is linked to it in the same transaction.
 */
@Service
public class RegistryCorrection {

    /** The fields a correction may change, as the history names them. */
    public enum Field {
        LAST_NAME, FIRST_NAME, MIDDLE_NAME, BIRTH_DATE, EDUCATIONAL_ORGANISATION, PRIMARY_ORGANISATION, ACCOUNT
    }

    /**
     * What the approved statement asks for.
     *
     * @param linkAccount the account to link the record to; null when it is linked already
     * @param changedBy   the reviewer who approved it (their Camunda user id); null for an operator's script
     */
    public record Correction(UUID statementId, String lastName, String firstName, String middleName,
            LocalDate birthDate, String educationalOrganisation, String primaryOrganisation, UUID linkAccount,
            String changedBy) {
    }

    /** One changed field of a record, as its history keeps it. */
    public record Change(UUID statementId, Field field, String oldValue, String newValue, String changedBy,
            Instant changedAt) {
    }

    private final RegistryMemberRepository members;
    private final MembershipCheck membership;
    private final JdbcClient jdbc;
    private final Clock clock;

    public RegistryCorrection(RegistryMemberRepository members, MembershipCheck membership, JdbcClient jdbc,
            Clock clock) {
        this.members = members;
        this.membership = membership;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The id of the record the account is linked to. */
    @Transactional(readOnly = true)
    public Optional<UUID> recordOfAccount(UUID accountId) {
        return members.findByAccountId(accountId).map(RegistryMember::getId);
    }

    /** The active record with this ticket number, for the reviewer's comparison; empty for none or a bad number. */
    @Transactional(readOnly = true)
    public Optional<UUID> activeRecordOfTicket(String ticketNumber) {
        return TicketNumber.parse(ticketNumber).flatMap(ticket -> members.findByTicketNumber(ticket.value()))
                .filter(member -> member.getStatus() == MembershipStatus.ACTIVE)
                .map(RegistryMember::getId);
    }

    /** A record as the registry has it now, with the account it is linked to (null when none). */
    @Transactional(readOnly = true)
    public Optional<Linked> record(UUID registryMemberId) {
        return members.findById(registryMemberId).map(member -> new Linked(RegistryMemberView.of(member),
                member.getAccountId()));
    }

    /** A record and the account linked to it. */
    public record Linked(RegistryMemberView member, UUID accountId) {
    }

    /**
     * Applies the correction and writes its history. A retried job changes nothing twice: a statement whose changes
     * are in the history already is not applied again.
     *
     * @return the fields changed now (empty when the statement was applied before)
     * @throws TicketTakenException          when another account holds the record to be linked
     * @throws AccountAlreadyLinkedException when the account to link holds another record
     */
    @Transactional
    public List<Change> apply(UUID registryMemberId, Correction correction) {
        Objects.requireNonNull(correction.statementId(), "statementId");
        jdbc.sql("SELECT id FROM app.registry_member WHERE id = :id FOR UPDATE").param("id", registryMemberId)
                .query(UUID.class).optional()
                .orElseThrow(() -> new NoSuchElementException("No registry record " + registryMemberId));
        boolean appliedBefore = jdbc.sql("SELECT count(*) FROM app.registry_member_change WHERE statement_id = :s")
                .param("s", correction.statementId()).query(Long.class).single() > 0;
        if (appliedBefore) {
            return List.of();
        }
        RegistryMember before = members.findById(registryMemberId).orElseThrow();
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>();
        String lastName = Names.clean(correction.lastName());
        String firstName = Names.clean(correction.firstName());
        String middleName = Names.clean(correction.middleName());
        changed(changes, correction, Field.LAST_NAME, before.getLastName(), lastName, now);
        changed(changes, correction, Field.FIRST_NAME, before.getFirstName(), firstName, now);
        changed(changes, correction, Field.MIDDLE_NAME, before.getMiddleName(), middleName, now);
        changed(changes, correction, Field.BIRTH_DATE, text(before.getBirthDate()), text(correction.birthDate()), now);
        changed(changes, correction, Field.EDUCATIONAL_ORGANISATION, before.getEducationalOrganisation(),
                correction.educationalOrganisation(), now);
        changed(changes, correction, Field.PRIMARY_ORGANISATION, before.getPrimaryOrganisation(),
                correction.primaryOrganisation(), now);
        jdbc.sql("""
                UPDATE app.registry_member SET last_name = :last, first_name = :first, middle_name = :middle,
                  birth_date = :birth, educational_organisation = :school, primary_organisation = :union, updated_at = :now
                WHERE id = :id
                """)
                .param("last", lastName).param("first", firstName).param("middle", middleName)
                .param("birth", correction.birthDate())
                .param("school", truncate(correction.educationalOrganisation()))
                .param("union", truncate(correction.primaryOrganisation()))
                .param("now", Timestamp.from(now)).param("id", registryMemberId)
                .update();
        if (correction.linkAccount() != null && !correction.linkAccount().equals(before.getAccountId())) {
            membership.link(correction.linkAccount(), registryMemberId);
            changed(changes, correction, Field.ACCOUNT, before.getAccountId() == null ? null
                    : before.getAccountId().toString(), correction.linkAccount().toString(), now);
        }
        for (Change change : changes) {
            jdbc.sql("""
                    INSERT INTO app.registry_member_change
                      (registry_member_id, statement_id, field, old_value, new_value, changed_by, changed_at)
                    VALUES (:member, :statement, :field, :old, :new, :by, :at)
                    """)
                    .param("member", registryMemberId).param("statement", change.statementId())
                    .param("field", change.field().name()).param("old", change.oldValue())
                    .param("new", change.newValue()).param("by", change.changedBy())
                    .param("at", Timestamp.from(change.changedAt()))
                    .update();
        }
        return changes;
    }

    /** The record's history, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> history(UUID registryMemberId) {
        return jdbc.sql("""
                SELECT statement_id, field, old_value, new_value, changed_by, changed_at
                FROM app.registry_member_change WHERE registry_member_id = :id ORDER BY changed_at, id
                """)
                .param("id", registryMemberId)
                .query((rs, row) -> new Change(rs.getObject("statement_id", UUID.class),
                        Field.valueOf(rs.getString("field")), rs.getString("old_value"), rs.getString("new_value"),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    private static void changed(List<Change> changes, Correction correction, Field field, String oldValue,
            String newValue, Instant now) {
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new Change(correction.statementId(), field, oldValue, newValue, correction.changedBy(), now));
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
