-- «Удалить кабинет» (issue 18): one row per closed cabinet, saying when, which account (the id of the tombstone left
-- in app.account), what was removed and what is kept, why and until when. It holds no personal data: the lists are
-- counts and table names, written by each module's mydata.PersonalDataErasure.
CREATE TABLE account_deletion (
    id          UUID PRIMARY KEY,
    account_id  UUID        NOT NULL,
    deleted_at  TIMESTAMPTZ NOT NULL,
    -- ["ticket_check: 2 rows deleted", ...]
    removed     JSONB       NOT NULL,
    -- [{"what": ..., "why": ..., "until": "2029-12-06" or null}, ...]
    kept        JSONB       NOT NULL,
    -- the latest "until" of what is kept: when an operator may delete the rest (null: nothing kept for a time)
    purge_after DATE,
    CONSTRAINT uq_account_deletion_account UNIQUE (account_id)
);
