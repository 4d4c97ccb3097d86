-- A reviewer's choice (issue 15, item 12): a mail for each application as it arrives (no row, the default) or one
-- digest a day. Keyed by the Camunda user id: reviewers are Camunda users, not member accounts.
CREATE TABLE reviewer_notification (
    reviewer_id  VARCHAR(64) PRIMARY KEY,
    daily_digest BOOLEAN     NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- The digests sent: at most one per reviewer and day, however many nodes or retries try (claimed in the
-- transaction that sends the mail, so a failed mail leaves the day unclaimed).
CREATE TABLE review_digest_sent (
    reviewer_id VARCHAR(64) NOT NULL,
    digest_day  DATE        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (reviewer_id, digest_day)
);

-- ShedLock's table (its documented PostgreSQL layout): the digest job runs on one node of several.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
