package org.unioncabinet.consent;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One consent a member gave: who, to which text version, for what purpose, when and how. Rows are never
 * deleted while the account exists; a withdrawal only adds when and how, so the history stays provable.
 */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    private UUID id;

    private UUID accountId;

    @Enumerated(EnumType.STRING)
    private ConsentKind kind;

    private int legalTextVersion;

    private String purpose;

    private Instant givenAt;

    private String method;

    private UUID documentId;

    private Instant withdrawnAt;

    private String withdrawalMethod;

    protected Consent() {
    }

    Consent(UUID accountId, ConsentKind kind, int legalTextVersion, String method, UUID documentId, Instant givenAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.legalTextVersion = legalTextVersion;
        this.purpose = kind.purpose();
        this.givenAt = givenAt;
        this.method = method;
        this.documentId = documentId;
    }

    /** @return whether this call withdrew it (false when it had been withdrawn already) */
    boolean withdraw(String how, Instant now) {
        if (withdrawnAt != null) {
            return false;
        }
        withdrawnAt = now;
        withdrawalMethod = how;
        return true;
    }

    ConsentView view() {
        return new ConsentView(id, kind, legalTextVersion, purpose, givenAt, method, documentId, withdrawnAt,
                withdrawalMethod);
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    ConsentKind getKind() {
        return kind;
    }
}
