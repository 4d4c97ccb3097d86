-- «Изменить email»: one row per request. The new address replaces the account's only when the link mailed to it is
-- followed (one_time_token, purpose EMAIL_CHANGE, bound here by its hash); the old address is kept for its notice.
CREATE TABLE email_change (
    id                  UUID PRIMARY KEY,
    account_id          UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    old_email           VARCHAR(254) NOT NULL,
    new_email           VARCHAR(254) NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    token_hash          VARCHAR(64),
    process_instance_id VARCHAR(64),
    requested_at        TIMESTAMPTZ  NOT NULL,
    completed_at        TIMESTAMPTZ,
    CONSTRAINT ck_email_change_status
        CHECK (status IN ('PENDING', 'ADDRESS_TAKEN', 'CONFIRMED', 'EXPIRED', 'SUPERSEDED')),
    CONSTRAINT uq_email_change_token UNIQUE (token_hash)
);
CREATE INDEX ix_email_change_account ON email_change (account_id, status);
