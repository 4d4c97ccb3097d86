-- «Заявление об изменении персональных данных» (issue 18, part 3): a member asks to correct ФИО, date of birth or
-- organisation in their registry record; the primary organisation decides in Tasklist. The statement is the record
-- (what was asked, why, the supporting scan, the decision); the process only routes it.
CREATE TABLE correction_statement (
    id                          UUID PRIMARY KEY,
    account_id                  UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    -- the record to correct: the member's own (linked) or the one of the ticket number they typed (not yet linked);
    -- null while a not-yet-linked member's ticket number names no record
    registry_member_id          UUID REFERENCES registry_member (id) ON DELETE SET NULL,
    -- true: filed by a member whose account is linked to the record; false: from the lockout of variant 1
    linked                      BOOLEAN      NOT NULL,
    -- as typed by a not-yet-linked member (16 digits); the linked member's record is known
    ticket_number               VARCHAR(16),
    -- the registry record as it was when the statement was signed (what the reviewer compares with)
    old_last_name               VARCHAR(100),
    old_first_name              VARCHAR(100),
    old_middle_name             VARCHAR(100),
    old_birth_date              DATE,
    old_educational_organisation VARCHAR(500),
    old_primary_organisation    VARCHAR(500),
    -- what the member asks for
    new_last_name               VARCHAR(100),
    new_first_name              VARCHAR(100),
    new_middle_name             VARCHAR(100),
    new_birth_date              DATE,
    new_educational_organisation_id BIGINT,
    reason                      VARCHAR(1000),
    -- the supporting document: PDF, JPEG or PNG (checked by its first bytes), at most 5 MB
    scan                        BYTEA,
    scan_content_type           VARCHAR(30),
    scan_file_name              VARCHAR(255),
    scan_sha256                 VARCHAR(64),
    -- who reviews: the primary organisation (its group ppo<id>), escalated to the territorial one
    primary_organisation_id     BIGINT,
    educational_organisation_id BIGINT,
    document_batch_id           UUID,
    document_id                 UUID,
    -- DRAFT, SUBMITTED (signed, under review), APPROVED, REJECTED, WITHDRAWN
    status                      VARCHAR(20)  NOT NULL,
    decision                    VARCHAR(10),
    rejection_reason            VARCHAR(1000),
    reviewer                    VARCHAR(255),
    created_at                  TIMESTAMPTZ  NOT NULL,
    updated_at                  TIMESTAMPTZ  NOT NULL,
    submitted_at                TIMESTAMPTZ,
    decided_at                  TIMESTAMPTZ,
    applied_at                  TIMESTAMPTZ,
    CONSTRAINT ck_correction_statement_status
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_correction_statement_decision CHECK (decision IS NULL OR decision IN ('approve', 'reject')),
    CONSTRAINT ck_correction_statement_ticket CHECK (ticket_number IS NULL OR ticket_number ~ '^[0-9]{16}$'),
    CONSTRAINT ck_correction_statement_scan_type
        CHECK (scan_content_type IS NULL OR scan_content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_correction_statement_scan_size CHECK (scan IS NULL OR octet_length(scan) <= 5242880)
);

-- one open statement per account at a time
CREATE UNIQUE INDEX uq_correction_statement_open ON correction_statement (account_id)
    WHERE status IN ('DRAFT', 'SUBMITTED');
CREATE INDEX ix_correction_statement_account ON correction_statement (account_id, created_at);

-- The history of a registry record: who changed which field, when, from what to what, on which statement.
CREATE TABLE registry_member_change (
    id                 BIGSERIAL PRIMARY KEY,
    registry_member_id UUID         NOT NULL REFERENCES registry_member (id) ON DELETE CASCADE,
    -- the correction statement that asked for it (a plain id: statements are another feature's)
    statement_id       UUID         NOT NULL,
    field              VARCHAR(40)  NOT NULL,
    old_value          VARCHAR(500),
    new_value          VARCHAR(500),
    changed_by         VARCHAR(255),
    changed_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT ck_registry_member_change_field CHECK (field IN ('LAST_NAME', 'FIRST_NAME', 'MIDDLE_NAME',
        'BIRTH_DATE', 'EDUCATIONAL_ORGANISATION', 'PRIMARY_ORGANISATION', 'ACCOUNT'))
);
CREATE INDEX ix_registry_member_change_member ON registry_member_change (registry_member_id, changed_at);
