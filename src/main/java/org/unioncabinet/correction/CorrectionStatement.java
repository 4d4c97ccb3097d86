package org.unioncabinet.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unioncabinet.correction.PersonalDataCorrectionProcess.Decision;

/**
 * «Заявление об изменении персональных данных», the record of it: the record it corrects, its data then and as the
 * member asks for them, the reason, the supporting scan, the signed PDF, the decision (what, by whom, when). A draft
 * changes until it is signed; after that only the decision and its application are written.
 */
@Entity
@Table(name = "correction_statement")
public class CorrectionStatement {

    @Id
    private UUID id;

    private UUID accountId;

    private UUID registryMemberId;

    private boolean linked;

    private String ticketNumber;

    private String oldLastName;

    private String oldFirstName;

    private String oldMiddleName;

    private LocalDate oldBirthDate;

    private String oldEducationalOrganisation;

    private String oldPrimaryOrganisation;

    private String newLastName;

    private String newFirstName;

    private String newMiddleName;

    private LocalDate newBirthDate;

    private Long newEducationalOrganisationId;

    private String reason;

    @Basic(fetch = FetchType.LAZY)
    private byte[] scan;

    private String scanContentType;

    private String scanFileName;

    private String scanSha256;

    private Long primaryOrganisationId;

    private Long educationalOrganisationId;

    private UUID documentBatchId;

    private UUID documentId;

    @Enumerated(EnumType.STRING)
    private CorrectionStatus status;

    @Enumerated(EnumType.STRING)
    private DecisionColumn decision;

    private String rejectionReason;

    private String reviewer;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant submittedAt;

    private Instant decidedAt;

    private Instant appliedAt;

    /** The decision as the column holds it (the form's values). */
    enum DecisionColumn {
        approve, reject
    }

    protected CorrectionStatement() {
    }

    CorrectionStatement(UUID accountId, UUID registryMemberId, boolean linked, Scan scan, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.registryMemberId = registryMemberId;
        this.linked = linked;
        if (scan != null) {
            this.scan = scan.bytes();
            this.scanContentType = scan.type().mediaType();
            this.scanFileName = scan.fileName();
            this.scanSha256 = scan.sha256();
        }
        this.status = CorrectionStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(CorrectionStatements.StatementForm form, UUID recordOfTicket, Instant now) {
        requireStatus(CorrectionStatus.DRAFT);
        if (!linked) {
            this.ticketNumber = form.ticketNumber();
            this.registryMemberId = recordOfTicket;
        }
        this.newLastName = form.lastName();
        this.newFirstName = form.firstName();
        this.newMiddleName = form.middleName();
        this.newBirthDate = form.birthDate();
        this.newEducationalOrganisationId = form.educationalOrganisationId();
        this.reason = form.reason();
        this.updatedAt = now;
    }

    void documentsPrepared(UUID batchId, UUID documentId, Instant now) {
        requireStatus(CorrectionStatus.DRAFT);
        this.documentBatchId = batchId;
        this.documentId = documentId;
        this.updatedAt = now;
    }

    void submit(Old old, long primaryOrganisationId, long educationalOrganisationId, Instant now) {
        requireStatus(CorrectionStatus.DRAFT);
        if (old != null) {
            this.oldLastName = old.lastName();
            this.oldFirstName = old.firstName();
            this.oldMiddleName = old.middleName();
            this.oldBirthDate = old.birthDate();
            this.oldEducationalOrganisation = old.educationalOrganisation();
            this.oldPrimaryOrganisation = old.primaryOrganisation();
        }
        this.primaryOrganisationId = primaryOrganisationId;
        this.educationalOrganisationId = educationalOrganisationId;
        this.status = CorrectionStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void decide(Decision decision, String rejectionReason, String reviewer, Instant now) {
        requireStatus(CorrectionStatus.SUBMITTED);
        this.decision = DecisionColumn.valueOf(decision.value());
        this.rejectionReason = decision == Decision.REJECT ? rejectionReason : null;
        this.reviewer = reviewer;
        this.decidedAt = now;
        this.status = decision == Decision.REJECT ? CorrectionStatus.REJECTED : CorrectionStatus.SUBMITTED;
        this.updatedAt = now;
    }

    void applied(UUID registryMemberId, Instant now) {
        this.registryMemberId = registryMemberId;
        this.status = CorrectionStatus.APPROVED;
        this.appliedAt = now;
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        if (status == CorrectionStatus.DRAFT) {
            this.status = CorrectionStatus.WITHDRAWN;
            this.updatedAt = now;
        }
    }

    private void requireStatus(CorrectionStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Correction statement " + id + " is " + status + ", not " + expected);
        }
    }

    /** The record as it was when the statement was signed. */
    record Old(String lastName, String firstName, String middleName, LocalDate birthDate,
            String educationalOrganisation, String primaryOrganisation) {
    }

    public String newFullName() {
        return CorrectionStatements.fullName(newLastName, newFirstName, newMiddleName);
    }

    public String oldFullName() {
        return oldLastName == null ? null : CorrectionStatements.fullName(oldLastName, oldFirstName, oldMiddleName);
    }

    public boolean hasScan() {
        return scanContentType != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public UUID getRegistryMemberId() {
        return registryMemberId;
    }

    public boolean isLinked() {
        return linked;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getOldLastName() {
        return oldLastName;
    }

    public String getOldFirstName() {
        return oldFirstName;
    }

    public String getOldMiddleName() {
        return oldMiddleName;
    }

    public LocalDate getOldBirthDate() {
        return oldBirthDate;
    }

    public String getOldEducationalOrganisation() {
        return oldEducationalOrganisation;
    }

    public String getOldPrimaryOrganisation() {
        return oldPrimaryOrganisation;
    }

    public String getNewLastName() {
        return newLastName;
    }

    public String getNewFirstName() {
        return newFirstName;
    }

    public String getNewMiddleName() {
        return newMiddleName;
    }

    public LocalDate getNewBirthDate() {
        return newBirthDate;
    }

    public Long getNewEducationalOrganisationId() {
        return newEducationalOrganisationId;
    }

    public String getReason() {
        return reason;
    }

    byte[] getScan() {
        return scan;
    }

    public String getScanContentType() {
        return scanContentType;
    }

    public String getScanFileName() {
        return scanFileName;
    }

    public Long getPrimaryOrganisationId() {
        return primaryOrganisationId;
    }

    public Long getEducationalOrganisationId() {
        return educationalOrganisationId;
    }

    public UUID getDocumentBatchId() {
        return documentBatchId;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public CorrectionStatus getStatus() {
        return status;
    }

    public Decision getDecision() {
        return decision == null ? null : Decision.valueOf(decision.name().toUpperCase(java.util.Locale.ROOT));
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }
}
