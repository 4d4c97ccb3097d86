-- E-ticket numbers this system issues (variant 2, on admission): drawn from a sequence, each recorded
-- here for good, so a number is never issued twice, even after its member left or the record was removed.
CREATE SEQUENCE ticket_number_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

CREATE TABLE issued_ticket (
    ticket_number VARCHAR(16) PRIMARY KEY,
    issued_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT ck_issued_ticket_number CHECK (ticket_number ~ '^[0-9]{16}$')
);
