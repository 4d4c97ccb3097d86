-- The registry (АИС «Единый реестр»): every member the union knows, imported from files or, later,
-- admitted through the cabinet. A cabinet account proves its membership by linking to one record.

CREATE TABLE registry_member (
    id                       UUID PRIMARY KEY,
    last_name                VARCHAR(100) NOT NULL,
    first_name               VARCHAR(100) NOT NULL,
    middle_name              VARCHAR(100),
    birth_date               DATE         NOT NULL,
    -- 16 digits without spaces; imported numbers are opaque, only numbers this system issues carry a Luhn check digit
    ticket_number            VARCHAR(16)  NOT NULL,
    educational_organisation VARCHAR(500) NOT NULL,
    primary_organisation     VARCHAR(500) NOT NULL,
    -- ACTIVE = состоит на учёте, LEFT = выбыл
    status                   VARCHAR(20)  NOT NULL,
    -- set when a member proves in the cabinet that the record is theirs; an import never changes it
    account_id               UUID REFERENCES account (id) ON DELETE SET NULL,
    created_at               TIMESTAMPTZ  NOT NULL,
    updated_at               TIMESTAMPTZ  NOT NULL,
    CONSTRAINT uq_registry_member_ticket UNIQUE (ticket_number),
    -- one record per account; NULLs do not collide, so unlinked records are unconstrained
    CONSTRAINT uq_registry_member_account UNIQUE (account_id),
    CONSTRAINT ck_registry_member_ticket CHECK (ticket_number ~ '^[0-9]{16}$'),
    CONSTRAINT ck_registry_member_status CHECK (status IN ('ACTIVE', 'LEFT'))
);
