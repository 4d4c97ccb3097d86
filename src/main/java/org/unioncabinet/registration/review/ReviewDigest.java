package org.unioncabinet.registration.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.reviewer.ReviewerNotifications;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DisplayDates;

/**
 * «Раз в день»: one mail a day to each reviewer who chose it ({@link ReviewerNotifications}), listing the applications
 * that arrived for their primary organisation(s) in the day before the digest time; no mail when none arrived. The day
 * is claimed in the transaction that sends the mail ({@code app.review_digest_sent}), so however many nodes or
 * retries run it, a reviewer gets one digest a day; a failed mail leaves the day unclaimed for the next try.
 */
@Service
public class ReviewDigest {

    /** A reviewer's digest lists what arrived in this long before the digest time. */
    static final Duration WINDOW = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(ReviewDigest.class);

    /** One application of a digest, in words. */
    public record Line(String applicant, String school, String submittedAt, String deadline) {
    }

    private final ReviewerNotifications notifications;
    private final IdentityService identity;
    private final JoinApplications applications;
    private final MemberMailer mailer;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DisplayDates dates;
    private final CabinetProperties.Review settings;
    private final Clock clock;

    ReviewDigest(ReviewerNotifications notifications, IdentityService identity, JoinApplications applications,
            MemberMailer mailer, JdbcClient jdbc, TransactionTemplate transactions, DisplayDates dates,
            CabinetProperties properties, Clock clock) {
        this.notifications = notifications;
        this.identity = identity;
        this.applications = applications;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.dates = dates;
        this.settings = properties.review();
        this.clock = clock;
    }

    /** The digest time as configured ({@code REVIEW_DIGEST_AT}), Moscow time. */
    public LocalTime at() {
        return settings.digestAt();
    }

    /** The day whose digest is due now or next: today (Moscow) until the digest time, then tomorrow. */
    public LocalDate dayDueAfter(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, DisplayDates.MOSCOW);
        return end(today).isAfter(now) ? today : today.plusDays(1);
    }

    /** Sends the digests of that day (Moscow); @return how many were sent now. */
    public int send(LocalDate day) {
        Instant to = end(day);
        Instant from = to.minus(WINDOW);
        int sent = 0;
        for (String reviewerId : notifications.digestReaders()) {
            try {
                if (sendTo(reviewerId, day, from, to)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one reviewer's broken address must not cost the others their digest; the day stays unclaimed
                log.warn("Daily digest for reviewer {} not sent: {}", reviewerId, e.toString());
            }
        }
        log.info("Sent {} daily review digests for {}", sent, day);
        return sent;
    }

    private boolean sendTo(String reviewerId, LocalDate day, Instant from, Instant to) {
        Optional<String> email = Optional.ofNullable(identity.createUserQuery().userId(reviewerId).singleResult())
                .map(User::getEmail).filter(address -> !address.isBlank());
        if (email.isEmpty()) {
            return false;
        }
        List<Long> organisations = identity.createGroupQuery().groupMember(reviewerId).list().stream()
                .map(Group::getId).flatMap(group -> ReviewerGroups.primaryOrganisationOf(group).stream()).toList();
        List<Line> lines = applications.arrivals(organisations, from, to).stream()
                .map(arrival -> new Line(arrival.applicantName(), arrival.educationalOrganisationName(),
                        dates.dateTime(arrival.submittedAt()),
                        dates.date(arrival.submittedAt().plus(settings.escalateAfter()))))
                .toList();
        if (lines.isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int claimed = jdbc.sql("""
                    INSERT INTO app.review_digest_sent (reviewer_id, digest_day, sent_at) VALUES (:reviewer, :day, :now)
                    ON CONFLICT DO NOTHING
                    """).param("reviewer", reviewerId).param("day", Date.valueOf(day))
                    .param("now", Timestamp.from(clock.instant())).update();
            if (claimed == 0) {
                return false;
            }
            mailer.send(email.get(), MailTemplate.REVIEW_DIGEST, Map.of("applications", lines,
                    "day", dates.date(to), "at", settings.digestAt().toString()));
            return true;
        }));
    }

    private Instant end(LocalDate day) {
        return day.atTime(settings.digestAt()).atZone(DisplayDates.MOSCOW).toInstant();
    }
}
