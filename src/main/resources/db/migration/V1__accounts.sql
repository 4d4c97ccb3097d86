-- The app's own tables live in schema "app" (Flyway); the engine keeps its tables in "public".

CREATE TABLE legal_text (
    id             BIGSERIAL PRIMARY KEY,
    kind           VARCHAR(40)  NOT NULL,
    version        INTEGER      NOT NULL,
    title          VARCHAR(300) NOT NULL,
    body           TEXT         NOT NULL,
    effective_from TIMESTAMPTZ  NOT NULL,
    CONSTRAINT uq_legal_text_kind_version UNIQUE (kind, version)
);

CREATE TABLE account (
    id                              UUID PRIMARY KEY,
    -- stored trimmed and lower-cased, so uniqueness is case-insensitive
    email                           VARCHAR(254) NOT NULL,
    password_hash                   VARCHAR(255) NOT NULL,
    status                          VARCHAR(20)  NOT NULL,
    signature_agreement_version     INTEGER      NOT NULL,
    signature_agreement_accepted_at TIMESTAMPTZ  NOT NULL,
    created_at                      TIMESTAMPTZ  NOT NULL,
    confirmed_at                    TIMESTAMPTZ,
    CONSTRAINT uq_account_email UNIQUE (email)
);

-- Single-use links (e-mail confirmation, password reset): only a SHA-256 of the token is kept.
CREATE TABLE one_time_token (
    id          UUID PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     VARCHAR(30) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    CONSTRAINT uq_one_time_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_one_time_token_account ON one_time_token (account_id, purpose);

-- Failed logins per e-mail and per client address; keys are hashed, so no address or e-mail is kept.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(64) PRIMARY KEY,
    failures      INTEGER     NOT NULL,
    blocked_until TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE action_cooldown (
    cooldown_key    VARCHAR(200) PRIMARY KEY,
    next_allowed_at TIMESTAMPTZ  NOT NULL
);
