package org.unioncabinet.reviewer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How a reviewer wants to hear of new statements: a mail for each as it arrives (the default, no row) or one digest
 * a day (the registration feature's {@code ReviewDigest}). Keyed by the Camunda user id, which only the web apps'
 * session gives (the registration feature's {@code ReviewerNotificationController}). Reminders and escalations come as
 * they fall due either way: they are about lateness, not news ({@link ReviewerMail}).
 */
@Service
public class ReviewerNotifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewerNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean wantsDigest(String reviewerId) {
        return jdbc.sql("SELECT daily_digest FROM app.reviewer_notification WHERE reviewer_id = :reviewer")
                .param("reviewer", reviewerId).query(Boolean.class).optional().orElse(false);
    }

    public void choose(String reviewerId, boolean dailyDigest) {
        jdbc.sql("""
                INSERT INTO app.reviewer_notification (reviewer_id, daily_digest, updated_at)
                VALUES (:reviewer, :daily, :now)
                ON CONFLICT (reviewer_id) DO UPDATE SET daily_digest = EXCLUDED.daily_digest, updated_at = EXCLUDED.updated_at
                """).param("reviewer", reviewerId).param("daily", dailyDigest)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Those of these reviewers who chose the daily digest. */
    public Set<String> digestReaders(Collection<String> reviewerIds) {
        if (reviewerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT reviewer_id FROM app.reviewer_notification WHERE daily_digest AND reviewer_id IN (:reviewers)
                """).param("reviewers", reviewerIds).query(String.class).list());
    }

    /** Every reviewer who chose the daily digest. */
    public List<String> digestReaders() {
        return jdbc.sql("SELECT reviewer_id FROM app.reviewer_notification WHERE daily_digest ORDER BY reviewer_id")
                .query(String.class).list();
    }
}
