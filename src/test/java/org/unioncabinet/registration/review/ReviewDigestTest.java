package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.mail.DevMailbox.CapturedMail;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.reviewer.ReviewerNotifications;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Mails;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DisplayDates;

/**
 * A reviewer who chose «раз в день» gets no mail when an application arrives but one digest a day listing what
 * arrived for their organisation (applicant, school, filing time, deadline, Tasklist); a reviewer who did not still
 * gets a mail per application. One digest a day, however many nodes send at once; none when nothing arrived.
 */
@CabinetTest
class ReviewDigestTest {

    @Autowired
    Journeys journeys;
    @Autowired
    Mails mails;
    @Autowired
    IdentityService identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ReviewerNotifications notifications;
    @Autowired
    ReviewDigest digest;
    @Autowired
    ReviewerGroups groups;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    JoinApplications applications;
    @Autowired
    DisplayDates dates;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CabinetProperties properties;
    @Autowired
    LockProvider locks;
    @Autowired
    ReviewDigestSchedule.ReviewDigestJob job;

    long school;
    String group;

    /**
     * A school of the directory whose primary organisation no application has reached yet, so that its reviewers'
     * mails are this test's (a school picked at random once shared its ППО with an earlier test's application).
     */
    @BeforeEach
    void aSchoolOfItsOwn() {
        school = jdbc.sql("""
                SELECT e.id FROM app.educational_organisation e
                WHERE NOT EXISTS (SELECT 1 FROM app.join_application a WHERE a.primary_organisation_id = e.primary_organisation_id)
                ORDER BY random() LIMIT 1
                """).query(Long.class).single();
        UnionOrganisations union = organisations.unionOf(school).orElseThrow();
        groups.ensureFor(union);
        group = ReviewerGroups.primaryGroup(union.primaryId());
    }

    @Test
    void aDigestReaderGetsNoMailOnArrivalButTheDigestWithEveryFactAndTheOthersAMailEach() {
        String each = reviewer(group);
        String daily = reviewer(group);
        notifications.choose(daily, true);

        Journeys.Journey journey = journeys.atJoinReview(application("Дайджестова"));

        assertThat(subjects(each)).containsExactly(MailTemplate.REVIEW_ARRIVED.subject());
        assertThat(mails.last(email(each)).text()).contains("Дайджестова Мария Ивановна")
                .contains("/review/notifications").contains("проигнорируйте это письмо");
        assertThat(mails.to(email(daily))).as("no mail on arrival for a digest reader").isEmpty();

        assertThat(digest.send(digest.dayDueAfter(clock.instant()))).isPositive();

        assertThat(subjects(each)).as("no digest for who chose a mail each")
                .containsExactly(MailTemplate.REVIEW_ARRIVED.subject());
        assertThat(subjects(daily)).containsExactly(MailTemplate.REVIEW_DIGEST.subject());
        Instant submittedAt = applications.get(applicationOf(journey)).getSubmittedAt();
        String schoolName = organisations.byId(school).orElseThrow().shortName();
        assertThat(mails.last(email(daily)).text())
                .contains("1. Дайджестова Мария Ивановна")
                .contains(schoolName)
                .contains("Подано: " + dates.dateTime(submittedAt))
                .contains("Рассмотреть до: " + dates.date(submittedAt.plus(properties.review().escalateAfter())))
                .contains("/camunda/app/tasklist/")
                .contains("/review/notifications")
                .contains("проигнорируйте это письмо");
    }

    @Test
    void aReviewerGetsOneDigestADayEvenWhenNodesSendAtOnce() throws Exception {
        String daily = reviewer(group);
        notifications.choose(daily, true);
        journeys.atJoinReview(application("Однократная"));
        LocalDate day = digest.dayDueAfter(clock.instant());

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> nodes = List.of(1, 2, 3).stream()
                .map(node -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return digest.send(day);
                })).toList();
        start.countDown();
        CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).join();
        digest.send(day);

        assertThat(subjects(daily)).containsExactly(MailTemplate.REVIEW_DIGEST.subject());
        assertThat(mails.last(email(daily)).text()).contains("Однократная Мария Ивановна");
    }

    /**
     * The scheduled run takes ShedLock's lock in PostgreSQL: while another node holds it, this one sends nothing. The
     * engine's clock stands an hour before the next digest time, so the run would otherwise send this very digest.
     */
    @Test
    void theScheduledRunSendsNothingWhileAnotherNodeHoldsTheLock() {
        Instant beforeTheDigest = digest.dayDueAfter(clock.instant()).atTime(digest.at()).minusHours(1)
                .atZone(DisplayDates.MOSCOW).toInstant();
        ClockUtil.offset(beforeTheDigest.toEpochMilli() - System.currentTimeMillis());
        try {
            String daily = reviewer(group);
            notifications.choose(daily, true);
            journeys.atJoinReview(application("Заблокированная"));
            SimpleLock otherNode = locks.lock(new LockConfiguration(clock.instant(), ReviewDigestSchedule.LOCK,
                    Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
            try {
                job.run();
            } finally {
                otherNode.unlock();
            }
            assertThat(mails.to(email(daily))).as("the node without the lock sent nothing").isEmpty();

            job.run();

            assertThat(subjects(daily)).as("the node with the lock sends it")
                    .containsExactly(MailTemplate.REVIEW_DIGEST.subject());
        } finally {
            ClockUtil.reset();
            // the run holds the lock a while (lockAtLeastFor): free it for a test run right after this one
            jdbc.sql("UPDATE app.shedlock SET lock_until = now() WHERE name = :name")
                    .param("name", ReviewDigestSchedule.LOCK).update();
        }
    }

    @Test
    void noDigestWhenNothingArrivedForTheOrganisation() {
        String daily = reviewer(group);
        notifications.choose(daily, true);

        digest.send(digest.dayDueAfter(clock.instant()));

        assertThat(mails.to(email(daily))).isEmpty();
    }

    @Test
    void whoSwitchesBackGetsAMailEachAgain() {
        String reviewer = reviewer(group);
        notifications.choose(reviewer, true);
        notifications.choose(reviewer, false);

        journeys.atJoinReview(application("Вернувшаяся"));

        assertThat(subjects(reviewer)).containsExactly(MailTemplate.REVIEW_ARRIVED.subject());
        assertThat(notifications.wantsDigest(reviewer)).isFalse();
    }

    private Map<String, Object> application(String lastName) {
        Map<String, Object> form = Journeys.joinApplication(school);
        form.put(JoinApplicationForm.LAST_NAME.getName(), lastName);
        return form;
    }

    private UUID applicationOf(Journeys.Journey journey) {
        return UUID.fromString((String) runtime.getVariable(journey.process().getId(),
                Variables.JOIN_APPLICATION_ID.getName()));
    }

    private List<String> subjects(String reviewer) {
        return mails.to(email(reviewer)).stream().map(CapturedMail::subject).toList();
    }

    /** A reviewer of the group with an e-mail, as an administrator adds one in Camunda Admin. */
    private String reviewer(String group) {
        String id = "digest" + System.nanoTime();
        User user = identity.newUser(id);
        user.setEmail(email(id));
        user.setPassword("Проверяющий-2026");
        identity.saveUser(user);
        identity.createMembership(id, group);
        return id;
    }

    private static String email(String reviewer) {
        return reviewer + "@example.ru";
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
