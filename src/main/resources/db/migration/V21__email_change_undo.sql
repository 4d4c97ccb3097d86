-- «Это были не вы?»: the notice to the old address carries a single-use link (one_time_token, purpose
-- EMAIL_CHANGE_UNDO) that puts the old address back; its hash binds it here to the change it undoes.
ALTER TABLE email_change ADD COLUMN undo_token_hash VARCHAR(64);
ALTER TABLE email_change ADD COLUMN undone_at TIMESTAMPTZ;
ALTER TABLE email_change ADD CONSTRAINT uq_email_change_undo_token UNIQUE (undo_token_hash);
ALTER TABLE email_change DROP CONSTRAINT ck_email_change_status;
ALTER TABLE email_change ADD CONSTRAINT ck_email_change_status
    CHECK (status IN ('PENDING', 'ADDRESS_TAKEN', 'CONFIRMED', 'EXPIRED', 'SUPERSEDED', 'UNDONE'));
