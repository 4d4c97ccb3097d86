package org.unioncabinet.withdrawal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's statement withdrawing her personal-data consent, the record of it: the signed document, the terms, who
 * answers, what the cabinet stopped, the organisation's answer (what was destroyed, what is kept and on which basis)
 * and its confirmation of the destruction, each with who recorded it and when.
 */
@Entity
@Table(name = "consent_withdrawal")
class ConsentWithdrawal {

    @Id
    private UUID id;

    private UUID accountId;

    private UUID consentId;

    private UUID documentBatchId;

    private UUID statementDocumentId;

    @Enumerated(EnumType.STRING)
    private WithdrawalStatus status;

    private Instant createdAt;

    private Instant signedAt;

    private Long primaryOrganisationId;

    private Long educationalOrganisationId;

    private LocalDate answerDueOn;

    private LocalDate destructionDueOn;

    private String stoppedProcessing;

    private Instant answeredAt;

    private String answeredBy;

    private String destroyedData;

    private String keptData;

    @Enumerated(EnumType.STRING)
    private KeptBasis keptBasis;

    private Instant destructionConfirmedAt;

    private String destructionConfirmedBy;

    private String destructionNote;

    private Instant escalatedAt;

    protected ConsentWithdrawal() {
    }

    ConsentWithdrawal(UUID accountId, UUID consentId, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.consentId = consentId;
        this.status = WithdrawalStatus.PREPARED;
        this.createdAt = now;
    }

    void prepared(UUID batchId, UUID documentId) {
        requireStatus(WithdrawalStatus.PREPARED);
        this.documentBatchId = batchId;
        this.statementDocumentId = documentId;
    }

    void cancel() {
        requireStatus(WithdrawalStatus.PREPARED);
        status = WithdrawalStatus.CANCELLED;
    }

    void signed(Instant at, WithdrawalTerms.Terms terms, ReviewingOrganisation organisation, String stopped) {
        requireStatus(WithdrawalStatus.PREPARED);
        signedAt = at;
        answerDueOn = terms.answerDueOn();
        destructionDueOn = terms.destructionDueOn();
        stoppedProcessing = stopped;
        if (organisation != null) {
            primaryOrganisationId = organisation.primaryOrganisationId();
            educationalOrganisationId = organisation.educationalOrganisationId();
        }
        status = WithdrawalStatus.AWAITING_ANSWER;
    }

    void answer(String destroyed, KeptBasis basis, String kept, String by, Instant at) {
        requireStatus(WithdrawalStatus.AWAITING_ANSWER);
        destroyedData = destroyed;
        keptBasis = basis;
        keptData = kept;
        answeredBy = by;
        answeredAt = at;
        status = WithdrawalStatus.AWAITING_DESTRUCTION;
    }

    void destructionConfirmed(String note, String by, Instant at) {
        requireStatus(WithdrawalStatus.AWAITING_DESTRUCTION);
        destructionNote = note;
        destructionConfirmedBy = by;
        destructionConfirmedAt = at;
        status = WithdrawalStatus.COMPLETED;
    }

    void escalated(Instant at) {
        if (escalatedAt == null) {
            escalatedAt = at;
        }
    }

    private void requireStatus(WithdrawalStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Withdrawal " + id + " is " + status + ", not " + expected);
        }
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    UUID getConsentId() {
        return consentId;
    }

    UUID getDocumentBatchId() {
        return documentBatchId;
    }

    UUID getStatementDocumentId() {
        return statementDocumentId;
    }

    WithdrawalStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    Long getPrimaryOrganisationId() {
        return primaryOrganisationId;
    }

    Long getEducationalOrganisationId() {
        return educationalOrganisationId;
    }

    LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    LocalDate getDestructionDueOn() {
        return destructionDueOn;
    }

    String getStoppedProcessing() {
        return stoppedProcessing;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    String getAnsweredBy() {
        return answeredBy;
    }

    String getDestroyedData() {
        return destroyedData;
    }

    String getKeptData() {
        return keptData;
    }

    KeptBasis getKeptBasis() {
        return keptBasis;
    }

    Instant getDestructionConfirmedAt() {
        return destructionConfirmedAt;
    }

    String getDestructionConfirmedBy() {
        return destructionConfirmedBy;
    }

    String getDestructionNote() {
        return destructionNote;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }
}
