package org.unioncabinet.signing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * Proof that a member signed one document with a simple electronic signature (63-ФЗ): which exact
 * bytes (their SHA-256), who (account, the e-mail the code went to, under which agreement version),
 * when the code was sent and entered, and from where. Written once; the database refuses changes.
 */
@Entity
@Immutable
@Table(name = "signature")
public class Signature {

    @Id
    private UUID id;

    private UUID documentId;

    private UUID accountId;

    private String documentSha256;

    private UUID signingCodeId;

    private String signerEmail;

    private Instant codeSentAt;

    private Instant codeEnteredAt;

    private String signerAddress;

    private String signerUserAgent;

    private int signatureAgreementVersion;

    protected Signature() {
    }

    Signature(UUID documentId, UUID accountId, String documentSha256, SigningCode code, Instant enteredAt,
            String signerAddress, String signerUserAgent, int signatureAgreementVersion) {
        this.id = UUID.randomUUID();
        this.documentId = documentId;
        this.accountId = accountId;
        this.documentSha256 = documentSha256;
        this.signingCodeId = code.getId();
        this.signerEmail = code.getSentTo();
        this.codeSentAt = code.getCreatedAt();
        this.codeEnteredAt = enteredAt;
        this.signerAddress = signerAddress;
        this.signerUserAgent = signerUserAgent;
        this.signatureAgreementVersion = signatureAgreementVersion;
    }

    public UUID getId() {
        return id;
    }

    public UUID getDocumentId() {
        return documentId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public String getSignerEmail() {
        return signerEmail;
    }

    public Instant getCodeSentAt() {
        return codeSentAt;
    }

    public Instant getCodeEnteredAt() {
        return codeEnteredAt;
    }

    public String getSignerAddress() {
        return signerAddress;
    }

    public String getSignerUserAgent() {
        return signerUserAgent;
    }

    public int getSignatureAgreementVersion() {
        return signatureAgreementVersion;
    }
}
