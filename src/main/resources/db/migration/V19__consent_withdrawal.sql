-- Withdrawal of the personal-data consent (152-FZ art. 9 p. 2, art. 21 p. 5): the member's statement, signed by code,
-- and what the union did about it: the answer due in 10 working days, the destruction due in 30 days, what was
-- destroyed and what is kept on which legal basis, who recorded it and when. The process only routes it.
CREATE TABLE consent_withdrawal (
    id                           UUID PRIMARY KEY,
    account_id                   UUID          NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    consent_id                   UUID          NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
    document_batch_id            UUID,
    statement_document_id        UUID REFERENCES member_document (id),
    -- PREPARED: the statement waits for the member's signature; CANCELLED: she did not go on;
    -- AWAITING_ANSWER: signed, with the primary organisation; AWAITING_DESTRUCTION: answered, destruction to confirm;
    -- COMPLETED: destruction confirmed (by the organisation, or by the cabinet itself where no organisation holds data)
    status                       VARCHAR(30)   NOT NULL,
    created_at                   TIMESTAMPTZ   NOT NULL,
    signed_at                    TIMESTAMPTZ,
    -- who answers: the registry record's or the join application's organisation; null: nobody but the cabinet
    primary_organisation_id      BIGINT REFERENCES primary_organisation (id),
    educational_organisation_id  BIGINT REFERENCES educational_organisation (id),
    -- the last day of each term (Moscow dates): the answer in working days, the destruction in days
    answer_due_on                DATE,
    destruction_due_on           DATE,
    -- what the cabinet itself stopped and erased when the statement was signed
    stopped_processing           VARCHAR(2000),
    answered_at                  TIMESTAMPTZ,
    answered_by                  VARCHAR(255),
    destroyed_data               VARCHAR(2000),
    kept_data                    VARCHAR(2000),
    kept_basis                   VARCHAR(20),
    destruction_confirmed_at     TIMESTAMPTZ,
    destruction_confirmed_by     VARCHAR(255),
    destruction_note             VARCHAR(2000),
    escalated_at                 TIMESTAMPTZ,
    CONSTRAINT ck_consent_withdrawal_status CHECK (status IN ('PREPARED', 'CANCELLED', 'AWAITING_ANSWER',
        'AWAITING_DESTRUCTION', 'COMPLETED')),
    CONSTRAINT ck_consent_withdrawal_basis CHECK (kept_basis IN ('NONE', 'MEMBERSHIP', 'ARCHIVES', 'ACCOUNTING',
        'OTHER')),
    CONSTRAINT ck_consent_withdrawal_signed CHECK ((status IN ('PREPARED', 'CANCELLED')) = (signed_at IS NULL))
);
CREATE INDEX ix_consent_withdrawal_account ON consent_withdrawal (account_id, created_at);
-- one signed withdrawal per consent
CREATE UNIQUE INDEX uq_consent_withdrawal_signed ON consent_withdrawal (consent_id) WHERE signed_at IS NOT NULL;
