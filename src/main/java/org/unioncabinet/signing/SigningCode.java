package org.unioncabinet.signing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One e-mailed confirmation code, bound to one batch of documents by their digest. */
@Entity
@Table(name = "signing_code")
class SigningCode {

    @Id
    private UUID id;

    private UUID accountId;

    private UUID batchId;

    private String codeHash;

    private String documentsDigest;

    private String sentTo;

    private Instant createdAt;

    private Instant expiresAt;

    private int attempts;

    private Instant usedAt;

    private Instant retiredAt;

    protected SigningCode() {
    }

    SigningCode(UUID id, UUID accountId, UUID batchId, String codeHash, String documentsDigest, String sentTo,
            Instant now, Instant expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.batchId = batchId;
        this.codeHash = codeHash;
        this.documentsDigest = documentsDigest;
        this.sentTo = sentTo;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return usedAt == null && retiredAt == null && expiresAt.isAfter(now);
    }

    /** Counts an attempt; @return the attempts made so far, this one included */
    int countAttempt() {
        return ++attempts;
    }

    void use(Instant now) {
        usedAt = now;
    }

    void retire(Instant now) {
        if (usedAt == null && retiredAt == null) {
            retiredAt = now;
        }
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    UUID getBatchId() {
        return batchId;
    }

    String getCodeHash() {
        return codeHash;
    }

    String getDocumentsDigest() {
        return documentsDigest;
    }

    String getSentTo() {
        return sentTo;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
