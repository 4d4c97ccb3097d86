-- Each successful sign-in of a member (issue 18): when, how, from which client address (as the app sees it behind
-- the trusted proxies) and which browser (its user agent cut short). «Мои данные» lists the last 90 days; a daily
-- clean-up (login.SignInCleanup) deletes older rows, so no more than 90 days are ever kept.
CREATE TABLE member_sign_in (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     UUID        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    signed_in_at   TIMESTAMPTZ NOT NULL,
    -- PASSWORD («Войти»), REGISTRATION (right after «Создать личный кабинет»), CONFIRMATION_LINK (ADR 0005)
    method         VARCHAR(20) NOT NULL,
    client_address VARCHAR(64),
    user_agent     VARCHAR(200),
    CONSTRAINT ck_member_sign_in_method CHECK (method IN ('PASSWORD', 'REGISTRATION', 'CONFIRMATION_LINK'))
);
CREATE INDEX ix_member_sign_in_account ON member_sign_in (account_id, signed_in_at);
CREATE INDEX ix_member_sign_in_time ON member_sign_in (signed_in_at);
