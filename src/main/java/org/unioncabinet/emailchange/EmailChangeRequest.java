package org.unioncabinet.emailchange;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One «Изменить email» request: the record of who asked to move which address where, and how it ended. */
@Entity
@Table(name = "email_change")
class EmailChangeRequest {

    enum Status {
        /** The link is (or is about to be) in the new mailbox. */
        PENDING,
        /** Another account had the new address: its owner was warned, nothing can be confirmed. */
        ADDRESS_TAKEN,
        CONFIRMED,
        EXPIRED,
        /** The member asked for another address before following the link. */
        SUPERSEDED,
        /** Confirmed, then put back by the link in the notice to the old address («Это были не вы?»). */
        UNDONE
    }

    @Id
    private UUID id;

    private UUID accountId;

    private String oldEmail;

    private String newEmail;

    @Enumerated(EnumType.STRING)
    private Status status;

    /** SHA-256 of the link's token (the token itself is only in the mail). */
    private String tokenHash;

    private String processInstanceId;

    private Instant requestedAt;

    private Instant completedAt;

    /** SHA-256 of the «Это были не вы?» link's token, mailed to the old address. */
    private String undoTokenHash;

    private Instant undoneAt;

    protected EmailChangeRequest() {
    }

    EmailChangeRequest(UUID accountId, String oldEmail, String newEmail, boolean addressTaken, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.oldEmail = oldEmail;
        this.newEmail = newEmail;
        this.status = addressTaken ? Status.ADDRESS_TAKEN : Status.PENDING;
        this.requestedAt = now;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    void end(Status outcome, Instant now) {
        this.status = outcome;
        this.completedAt = now;
    }

    void undone(Instant now) {
        if (status != Status.CONFIRMED) {
            throw new IllegalStateException("E-mail change " + id + " is " + status + ", not CONFIRMED");
        }
        this.status = Status.UNDONE;
        this.undoneAt = now;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    String getOldEmail() {
        return oldEmail;
    }

    String getNewEmail() {
        return newEmail;
    }

    Status getStatus() {
        return status;
    }

    String getTokenHash() {
        return tokenHash;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Instant getUndoneAt() {
        return undoneAt;
    }
}
