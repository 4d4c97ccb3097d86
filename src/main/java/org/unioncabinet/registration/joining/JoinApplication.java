package org.unioncabinet.registration.joining;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unioncabinet.registration.RegistrationProcess.Decision;

/**
 * A member's application to join (variant 2), the record of it: every field as the member typed it and as it is
 * signed, from the first draft to the primary organisation's decision (what, by whom, when). A draft changes until
 * it is signed; after that only the decision and admission are written.
 */
@Entity
@Table(name = "join_application")
public class JoinApplication {

    @Id
    private UUID id;

    private UUID accountId;

    private String lastName;

    private String firstName;

    private String middleName;

    private String gender;

    private LocalDate birthDate;

    /** +7XXXXXXXXXX. */
    private String phone;

    private String organisationQuery;

    private long educationalOrganisationId;

    private long primaryOrganisationId;

    private String unit;

    private String employmentType;

    private Boolean advertisingConsent;

    private UUID documentBatchId;

    @Enumerated(EnumType.STRING)
    private JoinApplicationStatus status;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    /** The Camunda user who decided. */
    private String decidedBy;

    private Instant decidedAt;

    private String rejectionReason;

    private String ticketNumber;

    protected JoinApplication() {
    }

    JoinApplication(UUID accountId, JoinApplications.JoinForm form, long primaryOrganisationId, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.status = JoinApplicationStatus.DRAFT;
        this.createdAt = now;
        edit(form, primaryOrganisationId, now);
    }

    void edit(JoinApplications.JoinForm form, long primaryOrganisationId, Instant now) {
        requireStatus(JoinApplicationStatus.DRAFT);
        fill(form, primaryOrganisationId, now);
    }

    private void fill(JoinApplications.JoinForm form, long primaryOrganisationId, Instant now) {
        this.lastName = form.lastName();
        this.firstName = form.firstName();
        this.middleName = form.middleName();
        this.gender = form.gender();
        this.birthDate = form.birthDate();
        this.phone = form.phone();
        this.organisationQuery = form.organisationQuery();
        this.educationalOrganisationId = form.educationalOrganisationId();
        this.primaryOrganisationId = primaryOrganisationId;
        this.unit = form.unit();
        this.employmentType = form.employmentType();
        this.advertisingConsent = form.advertising();
        this.updatedAt = now;
    }

    /**
     * An application of an earlier version, whose fields were kept in its journey: they are written here once, as
     * they were signed (or typed, for a draft); an application that has them keeps them.
     */
    void restore(JoinApplications.JoinForm form, Instant now) {
        if (lastName == null) {
            fill(form, primaryOrganisationId, now);
        }
    }

    void documentsPrepared(UUID batchId, Instant now) {
        requireStatus(JoinApplicationStatus.DRAFT);
        this.documentBatchId = batchId;
        this.updatedAt = now;
    }

    /** Signed: the application enters the registry as «Заявление получено». */
    void submit(Instant now) {
        requireStatus(JoinApplicationStatus.DRAFT);
        this.status = JoinApplicationStatus.RECEIVED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    void decide(Decision decision, String reason, String reviewer, Instant now) {
        requireStatus(JoinApplicationStatus.RECEIVED);
        this.decision = decision;
        this.decidedBy = reviewer;
        this.decidedAt = now;
        this.updatedAt = now;
        if (decision == Decision.REJECT) {
            this.status = JoinApplicationStatus.REJECTED;
            this.rejectionReason = reason;
        }
    }

    void admit(String ticket, Instant now) {
        if (status == JoinApplicationStatus.APPROVED) {
            return;
        }
        requireStatus(JoinApplicationStatus.RECEIVED);
        if (decision != Decision.APPROVE) {
            throw new IllegalStateException("Application " + id + " was not approved");
        }
        this.status = JoinApplicationStatus.APPROVED;
        this.ticketNumber = ticket;
        this.updatedAt = now;
    }

    private void requireStatus(JoinApplicationStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Application " + id + " is " + status + ", not " + expected);
        }
    }

    JoinApplications.JoinForm form() {
        return new JoinApplications.JoinForm(lastName, firstName, middleName, gender, birthDate, phone,
                organisationQuery, educationalOrganisationId, unit, employmentType,
                Boolean.TRUE.equals(advertisingConsent));
    }

    public UUID getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
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

    public Decision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
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

    String fullName() {
        return JoinApplications.fullName(lastName, firstName, middleName);
    }
}
