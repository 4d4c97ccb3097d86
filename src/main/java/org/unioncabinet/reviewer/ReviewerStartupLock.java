package org.unioncabinet.reviewer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nodes starting together set up the reviewers' groups and permissions one after the other: each does its set-up in
 * one transaction that first takes this PostgreSQL advisory lock, so the second finds what the first made instead of
 * making it twice (a second shared group or authorization would fail its unique constraint and stop that node).
 */
@Component
public class ReviewerStartupLock {

    /** Any fixed number, not another lock's. */
    private static final long LOCK = 0x7265766965776572L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReviewerStartupLock(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs the work in one transaction (the engine's calls join it) holding the lock. */
    public void run(Runnable work) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query().singleRow();
            work.run();
        });
    }
}
