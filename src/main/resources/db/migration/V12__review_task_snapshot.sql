-- What the review task saw when it was created (issue 13): completing it may change the decision and the reason,
-- nothing else. A digest, not the values: the values are the process's own.
CREATE TABLE review_task_snapshot (
    task_id      VARCHAR(64) PRIMARY KEY,
    state_sha256 CHAR(64)    NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
