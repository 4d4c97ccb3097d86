package org.unioncabinet.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's login to the cabinet: e-mail, password and the signature agreement they accepted.
 * Its id is also the business key of the member's registration process.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    private String email;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private int signatureAgreementVersion;

    private Instant signatureAgreementAcceptedAt;

    private Instant createdAt;

    private Instant confirmedAt;

    protected Account() {
    }

    Account(EmailAddress email, String passwordHash, int signatureAgreementVersion, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email.value();
        this.passwordHash = passwordHash;
        this.status = AccountStatus.UNCONFIRMED;
        this.signatureAgreementVersion = signatureAgreementVersion;
        this.signatureAgreementAcceptedAt = now;
        this.createdAt = now;
    }

    void confirm(Instant now) {
        if (status == AccountStatus.UNCONFIRMED) {
            status = AccountStatus.CONFIRMED;
            confirmedAt = now;
        }
    }

    void changeEmail(EmailAddress newEmail) {
        this.email = newEmail.value();
    }

    /**
     * Makes the account a tombstone: its e-mail replaced by one naming only the id (so the address is free to register
     * anew), its password by a hash of a secret nobody knows.
     */
    void close(String unknowableHash) {
        this.email = tombstoneEmail(id);
        this.passwordHash = unknowableHash;
        this.status = AccountStatus.CLOSED;
    }

    static String tombstoneEmail(UUID id) {
        return "closed-" + id + "@closed.invalid";
    }

    public boolean isClosed() {
        return status == AccountStatus.CLOSED;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isConfirmed() {
        return status == AccountStatus.CONFIRMED;
    }

    public int getSignatureAgreementVersion() {
        return signatureAgreementVersion;
    }

    public Instant getSignatureAgreementAcceptedAt() {
        return signatureAgreementAcceptedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
