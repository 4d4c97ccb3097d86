-- The record lives here, the process only routes it (issue 13): what a member types is written to these tables in
-- the transaction that completes their step, and the process keeps ids and flags.

-- Variant 2: the application to join holds every field as it will be signed, from its first draft on.
ALTER TABLE join_application
    ALTER COLUMN document_batch_id DROP NOT NULL,
    ALTER COLUMN submitted_at DROP NOT NULL,
    ADD COLUMN last_name             VARCHAR(100),
    ADD COLUMN first_name            VARCHAR(100),
    ADD COLUMN middle_name           VARCHAR(100),
    ADD COLUMN gender                VARCHAR(10),
    ADD COLUMN birth_date            DATE,
    -- +7XXXXXXXXXX
    ADD COLUMN phone                 VARCHAR(12),
    -- what the member typed into the search, so the form shows it again
    ADD COLUMN organisation_query    VARCHAR(200),
    ADD COLUMN unit                  VARCHAR(300),
    ADD COLUMN employment_type       VARCHAR(10),
    ADD COLUMN advertising_consent   BOOLEAN,
    ADD COLUMN created_at            TIMESTAMPTZ,
    ADD COLUMN updated_at            TIMESTAMPTZ,
    -- the primary organisation's decision: what, by which Camunda user, when (decided_at exists)
    ADD COLUMN decision              VARCHAR(10),
    ADD COLUMN decided_by            VARCHAR(255),
    DROP CONSTRAINT ck_join_application_status,
    -- DRAFT: typed, not yet signed; RECEIVED: signed and with the primary organisation
    ADD CONSTRAINT ck_join_application_status CHECK (status IN ('DRAFT', 'RECEIVED', 'APPROVED', 'REJECTED')),
    ADD CONSTRAINT ck_join_application_decision CHECK (decision IN ('APPROVE', 'REJECT')),
    ADD CONSTRAINT ck_join_application_submitted CHECK ((status = 'DRAFT') = (submitted_at IS NULL)),
    ADD CONSTRAINT ck_join_application_gender CHECK (gender IN ('female', 'male')),
    ADD CONSTRAINT ck_join_application_employment CHECK (employment_type IN ('employee', 'student'));
-- Applications submitted before this version carry their facts in their signed documents and in the registry;
-- those still under review get them back from their journeys (--migrate-journeys, docs/operations.md).
UPDATE join_application SET created_at = submitted_at, updated_at = submitted_at WHERE created_at IS NULL;
ALTER TABLE join_application ALTER COLUMN created_at SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL,
    ALTER COLUMN created_at SET DEFAULT now(), ALTER COLUMN updated_at SET DEFAULT now();

-- Variant 1: every «Проверить данные», as typed and as the registry answered.
CREATE TABLE ticket_check (
    id                 UUID PRIMARY KEY,
    account_id         UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    last_name          VARCHAR(100) NOT NULL,
    first_name         VARCHAR(100) NOT NULL,
    middle_name        VARCHAR(100),
    birth_date         DATE         NOT NULL,
    -- as typed: 16 digits, with the spaces or dashes the member grouped them with (the check ignores those)
    ticket_number      VARCHAR(40)  NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL,
    -- MATCH, MISMATCH, TICKET_TAKEN, LOCKED_OUT; null until checked
    result             VARCHAR(20),
    checked_at         TIMESTAMPTZ,
    registry_member_id UUID REFERENCES registry_member (id) ON DELETE SET NULL,
    CONSTRAINT ck_ticket_check_result CHECK (result IN ('MATCH', 'MISMATCH', 'TICKET_TAKEN', 'LOCKED_OUT'))
);
CREATE INDEX ix_ticket_check_account ON ticket_check (account_id, created_at);

-- The signer's name as the document prints it, for the stamp when it is signed (the process no longer carries it).
ALTER TABLE member_document ADD COLUMN holder_name TEXT;
