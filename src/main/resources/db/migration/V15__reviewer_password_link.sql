-- A reviewer's single-use link to set their password (reviewer.ReviewerPasswordLinks). Reviewers are Camunda users:
-- user_id is the engine's user id (ACT_ID_USER.ID_, another schema, so no foreign key; the import deletes a removed
-- reviewer's links with the user). The token itself is only ever in the mail; its SHA-256 is kept.
CREATE TABLE reviewer_password_link (
    id         UUID PRIMARY KEY,
    user_id    VARCHAR(64) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    CONSTRAINT uq_reviewer_password_link_hash UNIQUE (token_hash)
);
CREATE INDEX ix_reviewer_password_link_user ON reviewer_password_link (user_id, created_at);
