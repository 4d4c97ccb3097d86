-- The certificate of a «Профсоюзный диктант» attempt, issued when its award is recorded. What the public verify page
-- shows is copied here at issue (the edition's title, the award, the date, the holder's initials), so verifying a
-- code reads nothing else of the person. The PDF is rendered at its first download and served as the same bytes after.

CREATE TABLE dictation_certificate (
    attempt_id      UUID         PRIMARY KEY REFERENCES dictation_attempt (id) ON DELETE CASCADE,
    -- 80 random bits in Crockford's base32, without the dashes it is shown with
    code            CHAR(16)     NOT NULL,
    edition_title   VARCHAR(300) NOT NULL,
    award           VARCHAR(40)  NOT NULL,
    -- the award's date in Moscow
    awarded_on      DATE         NOT NULL,
    -- «С. А. П.»: the first letters of the surname, the name and the patronymic; never the full name
    holder_initials VARCHAR(20)  NOT NULL,
    issued_at       TIMESTAMPTZ  NOT NULL,
    pdf             BYTEA,
    pdf_rendered_at TIMESTAMPTZ,
    CONSTRAINT uq_dictation_certificate_code UNIQUE (code),
    CONSTRAINT ck_dictation_certificate_code CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{16}$'),
    CONSTRAINT ck_dictation_certificate_award CHECK (award IN ('DIPLOMA_1', 'DIPLOMA_2', 'DIPLOMA_3', 'PARTICIPANT')),
    CONSTRAINT ck_dictation_certificate_pdf CHECK ((pdf IS NULL) = (pdf_rendered_at IS NULL))
);
