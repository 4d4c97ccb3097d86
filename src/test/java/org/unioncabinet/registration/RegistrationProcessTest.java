package org.unioncabinet.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ANSWER_HAS_TICKET;
import static org.unioncabinet.registration.RegistrationProcess.Elements.AWAIT_CONFIRMATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.DELETE_UNCONFIRMED_ACCOUNT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_TICKET_DATA;
import static org.unioncabinet.registration.RegistrationProcess.Elements.EXPIRY_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REGISTRATION_EXPIRED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REMINDER_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.RESEND_CONFIRMATION_LINK;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SEND_CONFIRMATION_LINK;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SEND_REMINDER;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.DevMailbox;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.registration.confirmation.EmailConfirmation;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** Every path of processes/registration.bpmn, on the real engine and database, jobs driven by hand. */
@CabinetTest
class RegistrationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Members members;
    @Autowired
    Mails mails;
    @Autowired
    EmailConfirmation confirmation;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DevMailbox mailbox;
    @Autowired
    PlatformTransactionManager transactions;

    String email;
    Account account;
    ProcessInstance journey;

    @BeforeEach
    void newMember() {
        BpmnAwareTests.init(engine);
        email = Members.newEmail();
        account = members.register(email);
        journey = members.journey(account);
    }

    @Test
    void mailsTheLinkThenAsksAboutTheTicketOnceConfirmed() {
        assertThat(journey).isWaitingAt(SEND_CONFIRMATION_LINK);
        assertThat(mails.to(email)).as("no mail before the async job ran").isEmpty();

        execute(job(journey));

        assertThat(journey).isWaitingAt(AWAIT_CONFIRMATION);
        assertThat(mails.last(email).subject()).isEqualTo(MailTemplate.CONFIRMATION_LINK.subject());
        assertThat(mails.last(email).from()).contains("confirmation@eseur.ru");

        assertThat(confirmation.follow(mails.lastToken(email))).isInstanceOf(EmailConfirmation.Outcome.Confirmed.class);

        assertThat(journey).isWaitingAt(ANSWER_HAS_TICKET);
        assertThat(task(journey)).hasName("У Вас есть электронный профсоюзный билет?")
                .isAssignedTo(account.getId().toString());
        assertThat(accounts.find(account.getId()).orElseThrow().isConfirmed()).isTrue();
        assertThat(jobCount()).as("both timers cancelled with the wait").isZero();
    }

    @Test
    void answerYesLeadsToTheTicketVariant() {
        confirm();

        complete(task(journey), withVariables(RegistrationProcess.Variables.HAS_TICKET.getName(), "yes"));

        assertThat(journey).isWaitingAt(ENTER_TICKET_DATA)
                .hasPassedInOrder(SEND_CONFIRMATION_LINK, AWAIT_CONFIRMATION, ANSWER_HAS_TICKET)
                .hasNotPassed(ENTER_JOIN_APPLICATION);
    }

    @Test
    void answerNoLeadsToTheJoinVariant() {
        confirm();

        complete(task(journey), withVariables(RegistrationProcess.Variables.HAS_TICKET.getName(), "no"));

        assertThat(journey).isWaitingAt(ENTER_JOIN_APPLICATION)
                .hasPassed(ANSWER_HAS_TICKET)
                .hasNotPassed(ENTER_TICKET_DATA);
    }

    @Test
    void timersAreSetFromConfiguration() {
        Instant started = Instant.now();
        execute(job(journey));

        assertThat(job(REMINDER_TIMER, journey).getDuedate().toInstant())
                .isCloseTo(started.plus(Duration.ofDays(2)), within(Duration.ofMinutes(5)));
        assertThat(job(EXPIRY_TIMER, journey).getDuedate().toInstant())
                .isCloseTo(started.plus(Duration.ofDays(7)), within(Duration.ofMinutes(5)));
    }

    @Test
    void aLinkFollowedBeforeTheJobThatMailedItHasCommittedStillConfirms() throws Exception {
        String jobId = job(journey).getId();
        CountDownLatch mailed = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // the job executor's transaction: the mail is out, the commit is still to come
            Future<?> job = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                engine.getManagementService().executeJob(jobId);
                mailed.countDown();
                await(commit);
            }));
            assertThat(mailed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<EmailConfirmation.Outcome> click = threads.submit(() -> confirmation.follow(mails.lastToken(email)));
            Thread.sleep(500);
            assertThat(click).as("the click waits for the journey to reach its wait").isNotDone();

            commit.countDown();
            job.get(30, TimeUnit.SECONDS);

            assertThat(click.get(30, TimeUnit.SECONDS)).isInstanceOf(EmailConfirmation.Outcome.Confirmed.class);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        assertThat(journey).isWaitingAt(ANSWER_HAS_TICKET);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void remindsWithAFreshLinkAndThenIsConfirmed() {
        execute(job(journey));

        execute(job(REMINDER_TIMER, journey));
        assertThat(journey).isWaitingAt(AWAIT_CONFIRMATION, SEND_REMINDER);
        execute(job(SEND_REMINDER, journey));

        assertThat(mails.to(email)).hasSize(2);
        assertThat(mails.last(email).subject()).isEqualTo(MailTemplate.CONFIRMATION_REMINDER.subject());
        assertThat(journey).isWaitingAt(AWAIT_CONFIRMATION).hasPassed(SEND_REMINDER);

        confirmation.follow(mails.lastToken(email));
        assertThat(journey).isWaitingAt(ANSWER_HAS_TICKET);
    }

    @Test
    void sendsANewLinkOnRequestAfterTheCooldown() {
        execute(job(journey));
        assertThat(confirmation.resend(account.getId(), "127.0.0.1")).as("right after the first mail")
                .isInstanceOf(EmailConfirmation.Resend.CoolingDown.class);

        members.endCooldowns();
        assertThat(confirmation.resend(account.getId(), "127.0.0.1")).isInstanceOf(EmailConfirmation.Resend.Requested.class);
        execute(job(RESEND_CONFIRMATION_LINK, journey));

        assertThat(mails.to(email)).hasSize(2);
        assertThat(journey).isWaitingAt(AWAIT_CONFIRMATION).hasPassed(RESEND_CONFIRMATION_LINK);
        confirmation.follow(mails.lastToken(email));
        assertThat(journey).isWaitingAt(ANSWER_HAS_TICKET);
    }

    @Test
    void expiresAndDeletesTheUnconfirmedAccountWithItsData() {
        execute(job(journey));

        execute(job(EXPIRY_TIMER, journey));
        assertThat(journey).isWaitingAt(DELETE_UNCONFIRMED_ACCOUNT);
        execute(job(journey));

        assertThat(journey).isEnded().hasPassed(REGISTRATION_EXPIRED).hasNotPassed(ANSWER_HAS_TICKET);
        assertThat(accounts.find(account.getId())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM app.one_time_token WHERE account_id = :id")
                .param("id", account.getId()).query(Integer.class).single()).isZero();
        assertThat(confirmation.follow(mails.lastToken(email)))
                .isInstanceOf(EmailConfirmation.Outcome.UnknownLink.class);
    }

    @Test
    void aMailOutageRetriesThenRaisesAnIncidentAndTheMailGoesOutOnceWhenRetried() {
        ManagementService management = engine.getManagementService();
        Job send = job(journey);
        mailbox.stop();
        try {
            assertThatThrownBy(() -> management.executeJob(send.getId())).isInstanceOf(MailException.class);
            Job retried = job(journey);
            assertThat(retried.getRetries()).as("R5/PT5M: four retries left").isEqualTo(4);
            assertThat(retried.getDuedate()).isAfter(new Date());

            management.setJobRetries(send.getId(), 1);
            assertThatThrownBy(() -> management.executeJob(send.getId())).isInstanceOf(MailException.class);
            assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(journey.getId()).count())
                    .as("an incident for Cockpit once retries are exhausted").isOne();
        } finally {
            mailbox.start();
        }
        assertThat(mails.to(email)).isEmpty();

        management.setJobRetries(send.getId(), 1);
        management.executeJob(send.getId());

        assertThat(mails.to(email)).hasSize(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(journey.getId()).count()).isZero();
        assertThat(journey).isWaitingAt(AWAIT_CONFIRMATION);
    }

    private void confirm() {
        execute(job(journey));
        confirmation.follow(mails.lastToken(email));
        assertThat(journey).isWaitingAt(ANSWER_HAS_TICKET);
    }

    private long jobCount() {
        return engine.getManagementService().createJobQuery().processInstanceId(journey.getId()).count();
    }
}
