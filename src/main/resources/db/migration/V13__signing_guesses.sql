-- Wrong confirmation codes, per member across every code (issue 14): a new code does not reset the member's budget
-- of wrong guesses (cabinet.signing.guesses-per-hour / -per-day). Only when, never what was typed.
CREATE TABLE signing_guess (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    guessed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX ix_signing_guess_account ON signing_guess (account_id, guessed_at);
