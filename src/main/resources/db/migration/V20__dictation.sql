-- «Профсоюзный диктант»: editions, their questions and options (the correct answers live only here), the members'
-- attempts and answers. One attempt per person per edition: the person is the registry member when the cabinet is
-- linked to one, else the account (two cabinets of one registry member share the attempt).

CREATE TABLE dictation_edition (
    id          BIGSERIAL PRIMARY KEY,
    -- the edition's name in addresses and imports: /cabinet/dictation/{code}
    code        VARCHAR(40)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    -- instants; members read them in Moscow time
    opens_at    TIMESTAMPTZ  NOT NULL,
    closes_at   TIMESTAMPTZ  NOT NULL,
    time_limit  INTERVAL     NOT NULL,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the SHA-256 of the imported file: importing the same file again changes nothing
    source_sha256 VARCHAR(64) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT uq_dictation_edition_code UNIQUE (code),
    CONSTRAINT ck_dictation_edition_code CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    CONSTRAINT ck_dictation_edition_times CHECK (opens_at < closes_at),
    CONSTRAINT ck_dictation_edition_limit CHECK (time_limit > INTERVAL '0' AND time_limit <= INTERVAL '1 day')
);

CREATE TABLE dictation_question (
    id          BIGSERIAL PRIMARY KEY,
    edition_id  BIGINT       NOT NULL REFERENCES dictation_edition (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    text        TEXT         NOT NULL,
    topic       VARCHAR(200) NOT NULL,
    points      INTEGER      NOT NULL,
    multiple    BOOLEAN      NOT NULL,
    CONSTRAINT uq_dictation_question_position UNIQUE (edition_id, position),
    CONSTRAINT ck_dictation_question_points CHECK (points BETWEEN 1 AND 100)
);

CREATE TABLE dictation_option (
    id          BIGSERIAL PRIMARY KEY,
    question_id BIGINT       NOT NULL REFERENCES dictation_question (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    text        TEXT         NOT NULL,
    -- never read by anything that answers a member before the results
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT uq_dictation_option_position UNIQUE (question_id, position),
    CONSTRAINT ck_dictation_option_position CHECK (position BETWEEN 1 AND 6)
);

CREATE TABLE dictation_attempt (
    id          UUID PRIMARY KEY,
    edition_id  BIGINT       NOT NULL REFERENCES dictation_edition (id),
    -- the cabinet that started it; kept (as the person) when the account is deleted
    account_id  UUID         REFERENCES account (id) ON DELETE SET NULL,
    -- the registry member's id when the cabinet was linked at the start, else the account's id
    person_key  UUID         NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL,
    -- min(started_at + time limit, closes_at), by the server's clock at the start
    deadline    TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    score       INTEGER,
    max_score   INTEGER,
    award       VARCHAR(40),
    awarded_at  TIMESTAMPTZ,
    CONSTRAINT ck_dictation_attempt_deadline CHECK (deadline > started_at),
    CONSTRAINT ck_dictation_attempt_award CHECK (award IS NULL OR award IN ('DIPLOMA_1', 'DIPLOMA_2', 'DIPLOMA_3', 'PARTICIPANT'))
);
CREATE UNIQUE INDEX uq_dictation_attempt_person ON dictation_attempt (edition_id, person_key);
-- a cabinet that took part before it was linked to the registry does not take part again as the registry member
CREATE UNIQUE INDEX uq_dictation_attempt_account ON dictation_attempt (edition_id, account_id);

CREATE TABLE dictation_answer (
    attempt_id  UUID         NOT NULL REFERENCES dictation_attempt (id) ON DELETE CASCADE,
    question_id BIGINT       NOT NULL REFERENCES dictation_question (id),
    -- the chosen option ids, as chosen last; empty when the member cleared a multiple choice
    option_ids  BIGINT[]     NOT NULL,
    saved_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

-- The consent to process the participation and publish the certificate, given by a tick in the cabinet.
ALTER TABLE consent DROP CONSTRAINT ck_consent_kind;
ALTER TABLE consent ADD CONSTRAINT ck_consent_kind CHECK (kind IN ('PERSONAL_DATA', 'ADVERTISING', 'DICTATION'));

INSERT INTO legal_text (kind, version, title, body, effective_from) VALUES (
'DICTATION_CONSENT', 1,
'Согласие на обработку персональных данных участника «Профсоюзного диктанта»',
'1. Я, пользователь личного кабинета члена Профсоюза (далее — Участник), в соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» даю согласие Общероссийскому Профсоюзу образования (адрес: 119119, г. Москва, Ленинский проспект, д. 42; далее — Оператор) на обработку моих персональных данных в связи с участием в «Профсоюзном диктанте».

2. Цели обработки: проведение «Профсоюзного диктанта», подсчёт результатов, определение награды, направление результата на адрес электронной почты Участника, выпуск сертификата или диплома и подтверждение его подлинности по коду проверки.

3. Перечень персональных данных: фамилия, имя, отчество; адрес электронной почты; сведения о профсоюзной организации; время начала и окончания участия, выбранные ответы, набранные баллы и награда.

4. Я согласен с тем, что по коду проверки сертификата любой, кому я его покажу, увидит название выпуска, награду, дату и мои инициалы.

5. Согласие действует до окончания срока хранения результатов выпуска диктанта или до его отзыва письменным заявлением Оператору. Отказ от согласия не влияет на членство в Профсоюзе и на работу личного кабинета, но участие в диктанте без него невозможно.',
TIMESTAMPTZ '2026-12-01 00:00:00+03');
