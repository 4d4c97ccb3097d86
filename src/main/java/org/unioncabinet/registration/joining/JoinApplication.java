package org.unioncabinet.registration.joining;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed application to join, as it enters the registry and is decided by the primary organisation. */
@Entity
@Table(name = "join_application")
public class JoinApplication {

    @Id
    private UUID id;

    private UUID accountId;

    private long educationalOrganisationId;

    private long primaryOrganisationId;

    private UUID documentBatchId;

    @Enumerated(EnumType.STRING)
    private JoinApplicationStatus status;

    private Instant submittedAt;

    private Instant decidedAt;

    private String rejectionReason;

    private String ticketNumber;

    protected JoinApplication() {
    }

    JoinApplication(UUID accountId, long educationalOrganisationId, long primaryOrganisationId, UUID documentBatchId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.educationalOrganisationId = educationalOrganisationId;
        this.primaryOrganisationId = primaryOrganisationId;
        this.documentBatchId = documentBatchId;
        this.status = JoinApplicationStatus.RECEIVED;
        this.submittedAt = now;
    }

    void approve(String ticket, Instant now) {
        status = JoinApplicationStatus.APPROVED;
        ticketNumber = ticket;
        decidedAt = now;
    }

    void reject(String reason, Instant now) {
        status = JoinApplicationStatus.REJECTED;
        rejectionReason = reason;
        decidedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public long getEducationalOrganisationId() {
        return educationalOrganisationId;
    }

    public long getPrimaryOrganisationId() {
        return primaryOrganisationId;
    }

    public UUID getDocumentBatchId() {
        return documentBatchId;
    }

    public JoinApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }
}
