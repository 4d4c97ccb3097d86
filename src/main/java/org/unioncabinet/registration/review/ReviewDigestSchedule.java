package org.unioncabinet.registration.review;

import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.DisplayDates;

/**
 * Sends the reviewers' daily digest at {@code REVIEW_DIGEST_AT}, Moscow time, on one node of several: a Spring cron
 * task behind a ShedLock lock in PostgreSQL (the DataSource the cabinet already has, table {@code app.shedlock}).
 * Rather than a timer-start process: the digest is not a process anyone models or waits at, Camunda's cron timers run
 * in the server's zone (not Moscow's), and a timer start event would put a scheduling setting into a diagram analysts
 * edit. Even past the lock (a node whose clock is off), {@link ReviewDigest} claims each reviewer's day in the
 * database, so nobody gets two digests of one day.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ReviewDigestSchedule implements SchedulingConfigurer {

    static final String LOCK = "reviewDigest";

    private final ReviewDigestJob job;
    private final ReviewDigest digest;
    private final boolean scheduled;

    /**
     * @param scheduled false only where the digest is run by hand (the tests, which drive every job themselves, as
     *     they do with the engine's job executor off): a cron firing at 08:00 Moscow in the middle of a test run
     *     would mail whatever reviewers an earlier test left wanting a digest
     */
    ReviewDigestSchedule(ReviewDigestJob job, ReviewDigest digest,
            @Value("${cabinet.review.digest-scheduled:true}") boolean scheduled) {
        this.job = job;
        this.digest = digest;
        this.scheduled = scheduled;
    }

    @Bean
    static LockProvider reviewDigestLockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("app.shedlock")
                .usingDbTime()
                .build());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!scheduled) {
            return;
        }
        String cron = "0 %d %d * * *".formatted(digest.at().getMinute(), digest.at().getHour());
        tasks.addCronTask(new CronTask(job::run, new CronTrigger(cron, DisplayDates.MOSCOW)));
    }

    /** The locked run; a bean of its own so that ShedLock's proxy sees the call. */
    @Component
    static class ReviewDigestJob {

        private final ReviewDigest digest;
        private final Clock clock;

        ReviewDigestJob(ReviewDigest digest, Clock clock) {
            this.digest = digest;
            this.clock = clock;
        }

        /** At the digest time: today's digest. Held at least 5 minutes, so a node whose clock lags does not rerun it. */
        @SchedulerLock(name = LOCK, lockAtLeastFor = "PT5M")
        public void run() {
            digest.send(LocalDate.now(clock.withZone(DisplayDates.MOSCOW)));
        }
    }
}
