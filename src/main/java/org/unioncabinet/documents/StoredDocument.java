package org.unioncabinet.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unioncabinet.system.Sha256;

/**
 * A member document with its bytes. {@code content} is what the member signs and never changes;
 * {@code stampedContent} is the same file with the signature stamp appended, what the member downloads.
 */
@Entity
@Table(name = "member_document")
class StoredDocument {

    @Id
    private UUID id;

    private UUID accountId;

    private UUID batchId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String title;

    private int legalTextVersion;

    // Lists never load rows (they read MemberDocument projections), so the bytes are only read when needed.
    private byte[] content;

    private String sha256;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    private Instant createdAt;

    private Instant signedAt;

    private UUID signatureId;

    private byte[] stampedContent;

    /** The signer as the document names them, for the stamp. */
    private String holderName;

    protected StoredDocument() {
    }

    StoredDocument(UUID accountId, UUID batchId, DocumentKind kind, String title, int legalTextVersion, byte[] content,
            String holderName, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.batchId = batchId;
        this.kind = kind;
        this.title = title;
        this.legalTextVersion = legalTextVersion;
        this.content = content.clone();
        this.sha256 = Sha256.hex(content);
        this.status = DocumentStatus.DRAFT;
        // PostgreSQL text holds no NUL; the printed document shows the name as given, the stamp without it
        this.holderName = holderName.replace("\u0000", "");
        this.createdAt = now;
    }

    void sign(UUID signatureId, Instant signedAt, byte[] stampedContent) {
        if (status != DocumentStatus.DRAFT) {
            throw new IllegalStateException("Document " + id + " is " + status + " and cannot be signed");
        }
        this.status = DocumentStatus.SIGNED;
        this.signatureId = signatureId;
        this.signedAt = signedAt;
        this.stampedContent = stampedContent.clone();
    }

    /** The file a member downloads: stamped once signed, else the bytes to be signed. */
    byte[] file() {
        return (status == DocumentStatus.SIGNED ? stampedContent : content).clone();
    }

    UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    DocumentKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    int getLegalTextVersion() {
        return legalTextVersion;
    }

    byte[] getContent() {
        return content.clone();
    }

    String getSha256() {
        return sha256;
    }

    DocumentStatus getStatus() {
        return status;
    }

    UUID getSignatureId() {
        return signatureId;
    }

    String getHolderName() {
        return holderName;
    }
}
