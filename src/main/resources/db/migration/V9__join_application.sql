-- Variant 2: a member's application to join, from signing to the primary organisation's decision.
CREATE TABLE join_application (
    id                           UUID PRIMARY KEY,
    account_id                   UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    educational_organisation_id  BIGINT       NOT NULL REFERENCES educational_organisation (id),
    primary_organisation_id      BIGINT       NOT NULL REFERENCES primary_organisation (id),
    document_batch_id            UUID         NOT NULL,
    -- RECEIVED («Заявление получено»), APPROVED, REJECTED
    status                       VARCHAR(20)  NOT NULL,
    submitted_at                 TIMESTAMPTZ  NOT NULL,
    decided_at                   TIMESTAMPTZ,
    rejection_reason             VARCHAR(1000),
    ticket_number                VARCHAR(16),
    CONSTRAINT ck_join_application_status CHECK (status IN ('RECEIVED', 'APPROVED', 'REJECTED'))
);
CREATE INDEX ix_join_application_account ON join_application (account_id, submitted_at);
