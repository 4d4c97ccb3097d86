-- Confirmation codes of the simple electronic signature and the signature records (63-FZ).

CREATE TABLE signing_code (
    id               UUID PRIMARY KEY,
    account_id       UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    batch_id         UUID         NOT NULL,
    -- SHA-256 of id:code; the code itself is only in the member's mail
    code_hash        VARCHAR(64)  NOT NULL,
    -- SHA-256 over the hashes of the batch's documents: the code signs exactly these bytes
    documents_digest VARCHAR(64)  NOT NULL,
    sent_to          VARCHAR(254) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    expires_at       TIMESTAMPTZ  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    used_at          TIMESTAMPTZ,
    retired_at       TIMESTAMPTZ
);
CREATE INDEX ix_signing_code_batch ON signing_code (batch_id, created_at);

CREATE TABLE signature (
    id                          UUID PRIMARY KEY,
    document_id                 UUID         NOT NULL REFERENCES member_document (id),
    account_id                  UUID         NOT NULL REFERENCES account (id),
    document_sha256             VARCHAR(64)  NOT NULL,
    signing_code_id             UUID         NOT NULL,
    signer_email                VARCHAR(254) NOT NULL,
    code_sent_at                TIMESTAMPTZ  NOT NULL,
    code_entered_at             TIMESTAMPTZ  NOT NULL,
    signer_address              VARCHAR(64),
    signer_user_agent           VARCHAR(500),
    signature_agreement_version INTEGER      NOT NULL
);
CREATE INDEX ix_signature_account ON signature (account_id);

-- Signature records are evidence: once written they are never changed or removed.
CREATE FUNCTION signature_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'signature records are append-only';
END;
$$;
CREATE TRIGGER tr_signature_append_only BEFORE UPDATE OR DELETE ON signature
    FOR EACH ROW EXECUTE FUNCTION signature_is_append_only();
