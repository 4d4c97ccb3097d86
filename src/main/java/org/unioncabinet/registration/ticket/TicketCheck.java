package org.unioncabinet.registration.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unioncabinet.registry.MembershipClaim;

/** One «Проверить данные»: what the member typed, and what the registry answered. */
@Entity
@Table(name = "ticket_check")
class TicketCheck {

    @Id
    private UUID id;

    private UUID accountId;

    private String lastName;

    private String firstName;

    private String middleName;

    private LocalDate birthDate;

    /** The 16 digits, without separators. */
    private String ticketNumber;

    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private TicketVerification.Result result;

    private Instant checkedAt;

    private UUID registryMemberId;

    protected TicketCheck() {
    }

    TicketCheck(UUID accountId, MembershipClaim claim, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.lastName = claim.lastName();
        this.firstName = claim.firstName();
        this.middleName = claim.middleName();
        this.birthDate = claim.birthDate();
        this.ticketNumber = claim.ticketNumber();
        this.createdAt = now;
    }

    MembershipClaim claim() {
        return new MembershipClaim(lastName, firstName, middleName, birthDate, ticketNumber);
    }

    void answered(TicketVerification.Outcome outcome, Instant now) {
        this.result = outcome.result();
        this.registryMemberId = outcome.registryMemberId();
        this.checkedAt = now;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getCheckedAt() {
        return checkedAt;
    }

    UUID getId() {
        return id;
    }

    TicketVerification.Result getResult() {
        return result;
    }
}
