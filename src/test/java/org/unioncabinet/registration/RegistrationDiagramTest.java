package org.unioncabinet.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ADMIT_MEMBER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ANSWER_HAS_TICKET;
import static org.unioncabinet.registration.RegistrationProcess.Elements.AWAIT_CONFIRMATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.BACK_FROM_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.BACK_FROM_TICKET_DATA;
import static org.unioncabinet.registration.RegistrationProcess.Elements.CHANGE_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.CHECK_MEMBERSHIP;
import static org.unioncabinet.registration.RegistrationProcess.Elements.CHECK_MEMBERSHIP_LOCKOUT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.DELETE_UNCONFIRMED_ACCOUNT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_CABINET;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_TICKET_DATA;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ESCALATE_REVIEW;
import static org.unioncabinet.registration.RegistrationProcess.Elements.EXPIRY_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.GIVE_CONSENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.LINK_MEMBERSHIP;
import static org.unioncabinet.registration.RegistrationProcess.Elements.LINK_REQUESTED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_CONFIRMED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.JOIN_CHOSEN_IN_LOCKOUT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBER_ADMITTED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_ADMISSION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_REJECTION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_REVIEWERS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.PREPARE_CONSENT_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.PREPARE_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REGISTRATION_EXPIRED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REMINDER_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REMIND_REVIEWERS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.RESEND_CONFIRMATION_LINK;
import static org.unioncabinet.registration.RegistrationProcess.Elements.RESET_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_CONSENT_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_ESCALATION_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_REMINDER_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SEND_CONFIRMATION_LINK;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SEND_REMINDER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SIGN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SIGN_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SUBMIT_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.TICKET_TAKEN;
import static org.unioncabinet.registration.RegistrationProcess.Elements.TICKET_TAKEN_ERROR;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mock;
import org.springframework.mail.MailSendException;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.RegistrationProcess.Messages;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.confirmation.DeleteUnconfirmedAccountDelegate;
import org.unioncabinet.registration.confirmation.EmailConfirmation;
import org.unioncabinet.registration.confirmation.RegistrationTimers;
import org.unioncabinet.registration.confirmation.SendConfirmationLinkDelegate;
import org.unioncabinet.registration.confirmation.SendConfirmationReminderDelegate;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registration.joining.PrepareJoinDocumentsDelegate;
import org.unioncabinet.registration.joining.SubmitJoinApplicationDelegate;
import org.unioncabinet.registration.review.AdmitMemberDelegate;
import org.unioncabinet.registration.review.CheckDecisionTaskListener;
import org.unioncabinet.registration.review.EscalateReviewDelegate;
import org.unioncabinet.registration.review.JoinNotices;
import org.unioncabinet.registration.review.LabelApplicationTaskListener;
import org.unioncabinet.registration.review.NotifyAdmissionDelegate;
import org.unioncabinet.registration.review.NotifyRejectionDelegate;
import org.unioncabinet.registration.review.NotifyReviewersDelegate;
import org.unioncabinet.registration.review.RemindReviewersDelegate;
import org.unioncabinet.registration.review.ReviewTimers;
import org.unioncabinet.registration.ticket.CheckMembershipDelegate;
import org.unioncabinet.registration.ticket.CheckMembershipLockoutDelegate;
import org.unioncabinet.registration.ticket.ConsentDocuments;
import org.unioncabinet.registration.ticket.LinkMembershipDelegate;
import org.unioncabinet.registration.ticket.MembershipLockout;
import org.unioncabinet.registration.ticket.PrepareConsentDocumentsDelegate;
import org.unioncabinet.registration.ticket.ResetMembershipChecksDelegate;
import org.unioncabinet.registration.ticket.TicketVerification;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.TicketTakenException;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.signing.CodeCheck;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.signing.ExpireSigningCodeDelegate;
import org.unioncabinet.signing.SendSigningCodeDelegate;
import org.unioncabinet.signing.Signing;
import org.unioncabinet.signing.SigningTimers;
import org.unioncabinet.signing.Submitter;
import org.unioncabinet.signing.VerifySigningCodeDelegate;
import org.unioncabinet.support.DiagramTest;
import org.unioncabinet.support.Diagrams;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.EngineClock;

/**
 * Every path of processes/registration.bpmn on the bare engine: the real diagram, delegates and listeners, the
 * services behind them mocked. The signing sub-process it calls runs for real too (its own paths are
 * DocumentSigningDiagramTest's). What the services do is tested where they live; what only the whole application
 * proves (mails, links, the portal, Tasklist) stays in the full-stack tests.
 */
@DiagramTest
@Deployment(resources = {"processes/registration.bpmn", "processes/document-signing.bpmn"})
class RegistrationDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine(DocumentSigningProcess.KEY);

    static final UUID ACCOUNT = UUID.randomUUID();
    static final UUID REGISTRY_MEMBER = UUID.randomUUID();
    static final UUID BATCH = UUID.randomUUID();
    static final UUID PERSONAL_DATA_CONSENT = UUID.randomUUID();
    static final UUID ADVERTISING_CONSENT = UUID.randomUUID();
    static final UUID TICKET_CHECK = UUID.randomUUID();
    static final UUID JOIN_APPLICATION = UUID.randomUUID();
    static final UUID JOIN_APPLICATION_DOCUMENT = UUID.randomUUID();
    static final long SCHOOL = 4711;
    static final Submitter SUBMITTER = new Submitter("203.0.113.7", "Mozilla/5.0 (Android 14)");

    @Mock
    EmailConfirmation confirmation;
    @Mock
    AccountService accounts;
    @Mock
    TicketVerification verification;
    @Mock
    ConsentDocuments consentDocuments;
    @Mock
    MembershipCheck registry;
    @Mock
    JoinApplications applications;
    @Mock
    JoinNotices notices;
    @Mock
    Signing signing;
    @Mock
    ReviewTaskSnapshots snapshots;

    ProcessInstance process;

    @BeforeEach
    void delegates() {
        var properties = Diagrams.properties();
        Mocks.register("registrationTimers", new RegistrationTimers(properties));
        Mocks.register("reviewTimers", new ReviewTimers(properties));
        Mocks.register("signingTimers", new SigningTimers(properties));
        Mocks.register("sendConfirmationLinkDelegate", new SendConfirmationLinkDelegate(confirmation));
        Mocks.register("sendConfirmationReminderDelegate", new SendConfirmationReminderDelegate(confirmation));
        Mocks.register("deleteUnconfirmedAccountDelegate", new DeleteUnconfirmedAccountDelegate(accounts));
        MembershipLockout lockout = new MembershipLockout(new EngineClock(), properties);
        Mocks.register("checkMembershipDelegate", new CheckMembershipDelegate(verification, lockout));
        Mocks.register("checkMembershipLockoutDelegate", new CheckMembershipLockoutDelegate(lockout));
        Mocks.register("resetMembershipChecksDelegate", new ResetMembershipChecksDelegate());
        Mocks.register("prepareConsentDocumentsDelegate", new PrepareConsentDocumentsDelegate(consentDocuments));
        Mocks.register("linkMembershipDelegate", new LinkMembershipDelegate(registry));
        Mocks.register("prepareJoinDocumentsDelegate", new PrepareJoinDocumentsDelegate(applications));
        Mocks.register("submitJoinApplicationDelegate", new SubmitJoinApplicationDelegate(applications));
        Mocks.register("labelApplicationTaskListener", new LabelApplicationTaskListener(applications, snapshots,
                new DisplayDates()));
        Mocks.register("checkDecisionTaskListener", new CheckDecisionTaskListener(applications, snapshots));
        Mocks.register("admitMemberDelegate", new AdmitMemberDelegate(applications));
        Mocks.register("notifyAdmissionDelegate", new NotifyAdmissionDelegate(notices));
        Mocks.register("notifyRejectionDelegate", new NotifyRejectionDelegate(notices));
        Mocks.register("notifyReviewersDelegate", new NotifyReviewersDelegate(notices));
        Mocks.register("remindReviewersDelegate", new RemindReviewersDelegate(notices));
        Mocks.register("escalateReviewDelegate", new EscalateReviewDelegate(taskService(), notices));
        Mocks.register("sendSigningCodeDelegate", new SendSigningCodeDelegate(signing));
        Mocks.register("verifySigningCodeDelegate", new VerifySigningCodeDelegate(signing));
        Mocks.register("expireSigningCodeDelegate", new ExpireSigningCodeDelegate(signing));
    }

    // ---- confirmation of the e-mail (instruction steps 5–7)

    @Test
    void mailsTheLinkInTheBackgroundThenAsksAboutTheTicketOnceConfirmed() {
        start();
        assertThat(process).isWaitingAt(SEND_CONFIRMATION_LINK);
        verify(confirmation, never()).sendLink(any(), any(Boolean.class));

        execute(job(process));

        verify(confirmation).sendLink(ACCOUNT, false);
        assertThat(process).isWaitingAt(AWAIT_CONFIRMATION);
        confirmEmail();
        assertThat(process).isWaitingAt(ANSWER_HAS_TICKET);
        assertThat(task(process)).hasName("У Вас есть электронный профсоюзный билет?").isNotAssigned();
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).count())
                .as("the reminder and the expiry go with the wait").isZero();
    }

    @Test
    void remindsWithAFreshLinkAfterTwoDaysAndGoesOnWaiting() {
        Instant started = Instant.now();
        start();
        execute(job(process));
        assertThat(job(RegistrationProcess.Elements.REMINDER_TIMER, process).getDuedate().toInstant())
                .isCloseTo(started.plus(Duration.ofDays(2)), within(Duration.ofMinutes(5)));

        execute(job(REMINDER_TIMER, process));
        assertThat(process).isWaitingAt(AWAIT_CONFIRMATION, SEND_REMINDER);
        execute(job(SEND_REMINDER, process));

        verify(confirmation).sendLink(ACCOUNT, true);
        assertThat(process).isWaitingAt(AWAIT_CONFIRMATION).hasPassed(SEND_REMINDER, "endEvent_reminderSent");
        confirmEmail();
        assertThat(process).isWaitingAt(ANSWER_HAS_TICKET);
    }

    @Test
    void sendsANewLinkOnRequestAndGoesOnWaiting() {
        start();
        execute(job(process));

        runtimeService().createMessageCorrelation(Messages.CONFIRMATION_LINK_REQUESTED)
                .processInstanceBusinessKey(ACCOUNT.toString()).correlate();
        assertThat(process).hasPassed(LINK_REQUESTED).isWaitingAt(AWAIT_CONFIRMATION, RESEND_CONFIRMATION_LINK);
        execute(job(RESEND_CONFIRMATION_LINK, process));

        verify(confirmation, times(2)).sendLink(ACCOUNT, false);
        assertThat(process).isWaitingAt(AWAIT_CONFIRMATION).hasPassed("endEvent_linkResent");
    }

    @Test
    void expiresAfterAWeekAndDeletesTheUnconfirmedAccount() {
        Instant started = Instant.now();
        start();
        execute(job(process));
        assertThat(job(EXPIRY_TIMER, process).getDuedate().toInstant())
                .isCloseTo(started.plus(Duration.ofDays(7)), within(Duration.ofMinutes(5)));

        execute(job(EXPIRY_TIMER, process));
        assertThat(process).isWaitingAt(DELETE_UNCONFIRMED_ACCOUNT);
        execute(job(DELETE_UNCONFIRMED_ACCOUNT, process));

        verify(accounts).deleteUnconfirmed(ACCOUNT);
        assertThat(process).isEnded().hasPassed(REGISTRATION_EXPIRED).hasNotPassed(ANSWER_HAS_TICKET);
    }

    @Test
    void aMailOutageIsRetriedFiveTimesThenBecomesAnIncidentAtThatStep() {
        doThrow(new MailSendException("SMTP down")).when(confirmation).sendLink(ACCOUNT, false);
        start();

        assertThat(Diagrams.attemptsUntilIncident(process, SEND_CONFIRMATION_LINK)).isEqualTo(5);
        assertThat(process).isWaitingAt(SEND_CONFIRMATION_LINK);
    }

    // ---- variant 1: «Да», an e-ticket

    @Test
    void aMatchLeadsThroughConsentsAndSigningIntoTheCabinet() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MATCH, 0, REGISTRY_MEMBER));

        complete(task(process), ticketData());

        assertThat(process).isWaitingAt(GIVE_CONSENTS).hasPassed(CHECK_MEMBERSHIP).variables()
                .containsEntry(Variables.MEMBERSHIP_CHECK.getName(), "MATCH")
                .containsEntry(Variables.REGISTRY_MEMBER_ID.getName(), REGISTRY_MEMBER.toString());
        when(consentDocuments.prepare(ACCOUNT, REGISTRY_MEMBER, true)).thenReturn(new ConsentDocuments.Prepared(BATCH,
                PERSONAL_DATA_CONSENT, ADVERTISING_CONSENT));

        complete(task(process), vars().putValue(Variables.PERSONAL_DATA_CONSENT.getName(), true)
                .putValue(Variables.ADVERTISING_CONSENT.getName(), true));

        assertThat(process).isWaitingAt(REVIEW_CONSENT_DOCUMENTS).hasPassed(PREPARE_CONSENT_DOCUMENTS).variables()
                .containsEntry(Variables.DOCUMENT_BATCH_ID.getName(), BATCH.toString())
                .containsEntry(Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID.getName(), PERSONAL_DATA_CONSENT.toString())
                .containsEntry(Variables.ADVERTISING_CONSENT_DOCUMENT_ID.getName(), ADVERTISING_CONSENT.toString());

        complete(task(process));
        assertThat(process).isWaitingAt(SIGN_DOCUMENTS);
        sign(CodeCheck.Result.VALID);

        assertThat(process).isWaitingAt(LINK_MEMBERSHIP);
        execute(job(LINK_MEMBERSHIP, process));
        verify(registry).link(ACCOUNT, REGISTRY_MEMBER);
        assertThat(process).isWaitingAt(ENTER_CABINET);

        complete(task(process));
        assertThat(process).isEnded().hasPassedInOrder(ANSWER_HAS_TICKET, ENTER_TICKET_DATA, CHECK_MEMBERSHIP,
                GIVE_CONSENTS, PREPARE_CONSENT_DOCUMENTS, REVIEW_CONSENT_DOCUMENTS, SIGN_DOCUMENTS, LINK_MEMBERSHIP,
                ENTER_CABINET, MEMBERSHIP_CONFIRMED).hasNotPassed(ENTER_JOIN_APPLICATION);
    }

    @Test
    void aMismatchReturnsToTheFormWithWhatWasTypedAndCountsTheFailure() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MISMATCH, 1, null));

        complete(task(process), ticketData());

        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).hasPassed(CHECK_MEMBERSHIP).variables()
                .containsEntry(Variables.MEMBERSHIP_CHECK.getName(), "MISMATCH")
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 1)
                .containsEntry(Variables.TICKET_CHECK_ID.getName(), TICKET_CHECK.toString());
        when(verification.check(ACCOUNT, TICKET_CHECK, 1))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MATCH, 1, REGISTRY_MEMBER));

        complete(task(process), ticketData());

        assertThat(process).isWaitingAt(GIVE_CONSENTS);
    }

    @Test
    void backFromEitherFirstFormLeadsToTheQuestionAgainAndTheFailedChecksStay() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MISMATCH, 1, null));
        complete(task(process), ticketData());

        back();
        assertThat(process).isWaitingAt(ANSWER_HAS_TICKET).hasPassed(BACK_FROM_TICKET_DATA).variables()
                .as("going back is no way to more checks").containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 1);

        complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "no"));
        assertThat(process).isWaitingAt(ENTER_JOIN_APPLICATION);
        back();
        assertThat(process).isWaitingAt(ANSWER_HAS_TICKET).hasPassed(BACK_FROM_JOIN_APPLICATION);

        complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "yes"));
        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).variables()
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 1);
    }

    private void back() {
        runtimeService().createMessageCorrelation(Messages.BACK_TO_TICKET_QUESTION)
                .processInstanceId(process.getId()).correlate();
    }

    @Test
    void tooManyFailuresWaitAnHourThenTheCountStartsAgain() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.LOCKED_OUT, 5, null));
        Instant checked = Instant.now();

        complete(task(process), ticketData());

        assertThat(process).isWaitingAt(MEMBERSHIP_LOCKOUT).variables()
                .containsEntry(Variables.MEMBERSHIP_CHECK.getName(), "LOCKED_OUT");
        Job lockout = job(MEMBERSHIP_LOCKOUT_TIMER, process);
        assertThat(lockout.getDuedate().toInstant()).isCloseTo(checked.plus(Duration.ofHours(1)), within(Duration.ofMinutes(5)));
        execute(lockout);

        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).hasPassed(RESET_MEMBERSHIP_CHECKS).variables()
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 0)
                .doesNotContainKey(Variables.MEMBERSHIP_RETRY_AT.getName());
    }

    @Test
    void fromTheWaitAMemberMayApplyToJoinAndAnsweringYesAgainLeadsBackToTheSameWait() {
        lockedOut();
        Date retryAt = job(MEMBERSHIP_LOCKOUT_TIMER, process).getDuedate();

        joinInstead();
        assertThat(process).isWaitingAt(ENTER_JOIN_APPLICATION).hasPassed(JOIN_CHOSEN_IN_LOCKOUT);
        assertThat(managementService().createJobQuery().processInstanceId(process.getId()).count())
                .as("the wait's timer is gone with the wait").isZero();

        back();
        complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "yes"));

        assertThat(process).isWaitingAt(MEMBERSHIP_LOCKOUT).hasPassed(CHECK_MEMBERSHIP_LOCKOUT)
                .hasNotPassed(RESET_MEMBERSHIP_CHECKS).variables()
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 3);
        assertThat(job(MEMBERSHIP_LOCKOUT_TIMER, process).getDuedate())
                .as("the same hour, neither a new one nor none").isEqualTo(retryAt);
    }

    @Test
    void aWaitThatEndedWhileTheMemberWasAwayStartsTheCountAgainOnYes() {
        lockedOut();
        joinInstead();
        back();
        ClockUtil.offset(Duration.ofMinutes(61).toMillis());
        try {
            complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "yes"));
        } finally {
            ClockUtil.reset();
        }

        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).hasPassed(CHECK_MEMBERSHIP_LOCKOUT).variables()
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 0)
                .containsEntry(Variables.MEMBERSHIP_LOCKOUT.getName(), "OPEN")
                .doesNotContainKey(Variables.MEMBERSHIP_RETRY_AT.getName());
    }

    private void lockedOut() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.LOCKED_OUT, 3, null));
        complete(task(process), ticketData());
        assertThat(process).isWaitingAt(MEMBERSHIP_LOCKOUT);
    }

    private void joinInstead() {
        runtimeService().createMessageCorrelation(Messages.JOIN_APPLICATION_CHOSEN)
                .processInstanceId(process.getId()).correlate();
    }

    @Test
    void consentsNotSignedReturnToTheDocuments() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MATCH, 0, REGISTRY_MEMBER));
        complete(task(process), ticketData());
        when(consentDocuments.prepare(ACCOUNT, REGISTRY_MEMBER, false)).thenReturn(
                new ConsentDocuments.Prepared(BATCH, PERSONAL_DATA_CONSENT, null));
        complete(task(process), vars().putValue(Variables.PERSONAL_DATA_CONSENT.getName(), true)
                .putValue(Variables.ADVERTISING_CONSENT.getName(), false));
        assertThat(process).variables().containsEntry(Variables.ADVERTISING_CONSENT_DOCUMENT_ID.getName(), null);
        complete(task(process));

        sign(CodeCheck.Result.EXHAUSTED);

        assertThat(process).isWaitingAt(REVIEW_CONSENT_DOCUMENTS).hasPassed(SIGN_DOCUMENTS).hasNotPassed(LINK_MEMBERSHIP)
                .variables().containsEntry(Variables.SIGNING_OUTCOME.getName(), "EXHAUSTED");
    }

    @Test
    void aTicketTakenWhileTheMemberSignedEndsOnItsPageThenTheDataIsEnteredAgain() {
        atTicketData();
        when(verification.check(ACCOUNT, TICKET_CHECK, 0))
                .thenReturn(new TicketVerification.Outcome(TicketVerification.Result.MATCH, 0, REGISTRY_MEMBER));
        complete(task(process), ticketData());
        when(consentDocuments.prepare(ACCOUNT, REGISTRY_MEMBER, false)).thenReturn(
                new ConsentDocuments.Prepared(BATCH, PERSONAL_DATA_CONSENT, null));
        complete(task(process), vars().putValue(Variables.PERSONAL_DATA_CONSENT.getName(), true)
                .putValue(Variables.ADVERTISING_CONSENT.getName(), false));
        complete(task(process));
        sign(CodeCheck.Result.VALID);
        doThrow(new TicketTakenException()).when(registry).link(ACCOUNT, REGISTRY_MEMBER);

        execute(job(LINK_MEMBERSHIP, process));

        assertThat(process).isWaitingAt(TICKET_TAKEN).hasPassed(TICKET_TAKEN_ERROR).hasNotPassed(ENTER_CABINET);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(process.getId()).count()).isZero();

        complete(task(process));

        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).variables()
                .containsEntry(Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 0);
    }

    // ---- variant 2: «Нет», joining the union, and the primary organisation's review

    @Test
    void anApprovedApplicationAdmitsTheMemberAndMailsTheTicketNumber() {
        atReview();
        Task review = task(process);
        assertThat(review).hasCandidateGroup("ppo15").hasName("Рассмотрение заявления о вступлении в Профсоюз");
        assertThat(taskService().getVariablesLocal(review.getId())).as("what Tasklist's list shows")
                .containsOnly(entry(Variables.APPLICANT_NAME_LABEL.getName(), "Соколова Мария Ивановна"),
                        entry(Variables.SCHOOL_LABEL.getName(), "МБОУ СОШ № 15"),
                        entry(Variables.SUBMITTED_AT_LABEL.getName(), "05.12.2026 20:00"),
                        entry(Variables.DEADLINE_LABEL.getName(), new DisplayDates().date(review.getDueDate().toInstant())));

        complete(review, vars().putValue(Variables.DECISION.getName(), "approve"));

        verify(applications).decide(JOIN_APPLICATION, Decision.APPROVE, "", null);
        assertThat(process).isWaitingAt(ADMIT_MEMBER);
        execute(job(ADMIT_MEMBER, process));
        verify(applications).admit(JOIN_APPLICATION);
        assertThat(process).isWaitingAt(NOTIFY_ADMISSION);
        execute(job(NOTIFY_ADMISSION, process));
        verify(notices).admitted(JOIN_APPLICATION);
        assertThat(process).isEnded().hasPassedInOrder(ANSWER_HAS_TICKET, ENTER_JOIN_APPLICATION,
                PREPARE_JOIN_DOCUMENTS, REVIEW_JOIN_DOCUMENTS, SIGN_JOIN_DOCUMENTS, SUBMIT_JOIN_APPLICATION,
                REVIEW_JOIN_APPLICATION, ADMIT_MEMBER, NOTIFY_ADMISSION, MEMBER_ADMITTED)
                .hasNotPassed(ENTER_TICKET_DATA, NOTIFY_REJECTION);
    }

    @Test
    void changeDataReturnsToTheFormWithEverythingFilledIn() {
        atJoinDocuments();

        runtimeService().createMessageCorrelation(Messages.JOIN_APPLICATION_CHANGE_REQUESTED)
                .processInstanceId(process.getId()).correlate();

        assertThat(process).isWaitingAt(ENTER_JOIN_APPLICATION).hasPassed(CHANGE_JOIN_APPLICATION).variables()
                .as("the form is filled from the application the process names")
                .containsEntry(Variables.JOIN_APPLICATION_ID.getName(), JOIN_APPLICATION.toString());
    }

    @Test
    void anApplicationNotSignedReturnsToTheDocuments() {
        atJoinDocuments();
        complete(task(process));

        sign(CodeCheck.Result.EXPIRED);

        assertThat(process).isWaitingAt(REVIEW_JOIN_DOCUMENTS).hasPassed(SIGN_JOIN_DOCUMENTS)
                .hasNotPassed(SUBMIT_JOIN_APPLICATION);
    }

    @Test
    void aRejectionTellsTheReasonAndTheMemberMayApplyAgainForAFreshDecision() {
        atReview();

        complete(task(process), vars().putValue(Variables.DECISION.getName(), "reject")
                .putValue(Variables.REJECTION_REASON.getName(), "Вы уже состоите в Профсоюзе."));

        verify(applications).decide(JOIN_APPLICATION, Decision.REJECT, "Вы уже состоите в Профсоюзе.", null);
        assertThat(process).isWaitingAt(NOTIFY_REJECTION).variables()
                .as("the reason lives with the application").doesNotContainKey(Variables.REJECTION_REASON.getName());
        execute(job(NOTIFY_REJECTION, process));
        verify(notices).rejected(JOIN_APPLICATION);
        assertThat(process).isWaitingAt(ENTER_JOIN_APPLICATION).hasNotPassed(ADMIT_MEMBER);

        complete(task(process), application());
        complete(task(process));
        sign(CodeCheck.Result.VALID);
        execute(job(SUBMIT_JOIN_APPLICATION, process));
        execute(job(NOTIFY_REVIEWERS, process));
        assertThat(process).isWaitingAt(REVIEW_JOIN_APPLICATION).variables()
                .doesNotContainKeys(Variables.DECISION.getName(), Variables.REJECTION_REASON.getName());
    }

    @Test
    void aDecisionWithoutItsReasonOrWithNoDecisionAtAllIsRefusedAndTheTaskStaysOpen() {
        atReview();
        Task review = task(process);

        assertThatThrownBy(() -> taskService().complete(review.getId()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Выберите решение");
        assertThatThrownBy(() -> taskService().complete(review.getId(),
                vars().putValue(Variables.DECISION.getName(), "reject")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Укажите причину отказа");
        assertThatThrownBy(() -> taskService().complete(review.getId(), vars()
                .putValue(Variables.DECISION.getName(), "reject").putValue(Variables.REJECTION_REASON.getName(), "нет\u0000")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("обычный текст");

        assertThat(process).isWaitingAt(REVIEW_JOIN_APPLICATION);
        verify(applications, never()).decide(any(), any(), anyString(), any());
    }

    @Test
    void aCompletionThatWouldChangeMoreThanTheAnswerIsRefusedAndTheTaskStaysOpen() {
        atReview();
        Task review = task(process);
        verify(snapshots).take(any(), eq(RegistrationProcess.REVIEW_ANSWER));
        when(snapshots.unchanged(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> taskService().complete(review.getId(), vars()
                .putValue(Variables.DECISION.getName(), "approve")
                .putValue(Variables.JOIN_APPLICATION_ID.getName(), UUID.randomUUID().toString())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Изменить можно только решение и причину отказа");

        assertThat(process).isWaitingAt(REVIEW_JOIN_APPLICATION).variables()
                .containsEntry(Variables.JOIN_APPLICATION_ID.getName(), JOIN_APPLICATION.toString());
        verify(applications, never()).decide(any(), any(), anyString(), any());
    }

    @Test
    void theReviewersAreRemindedAfterThreeDaysThenTheTerritorialOrganisationGetsTheApplicationAfterTen() {
        Instant submitted = Instant.now();
        atReview();
        assertThat(job(REVIEW_REMINDER_TIMER, process).getDuedate().toInstant())
                .isCloseTo(submitted.plus(Duration.ofDays(3)), within(Duration.ofMinutes(5)));
        assertThat(job(REVIEW_ESCALATION_TIMER, process).getDuedate().toInstant())
                .isCloseTo(submitted.plus(Duration.ofDays(10)), within(Duration.ofMinutes(5)));

        execute(job(REVIEW_REMINDER_TIMER, process));
        execute(job(REMIND_REVIEWERS, process));
        verify(notices).waiting("ppo15", MailTemplate.REVIEW_REMINDER, JOIN_APPLICATION);
        assertThat(process).hasPassed("endEvent_reviewersReminded").isWaitingAt(REVIEW_JOIN_APPLICATION);

        execute(job(REVIEW_ESCALATION_TIMER, process));
        execute(job(ESCALATE_REVIEW, process));
        verify(notices).waiting("territorial3", MailTemplate.REVIEW_ESCALATION, JOIN_APPLICATION);
        assertThat(process).hasPassed("endEvent_reviewEscalated").isWaitingAt(REVIEW_JOIN_APPLICATION);
        assertThat(taskService().getIdentityLinksForTask(task(process).getId())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("ppo15", "territorial3");
    }

    // ---- the way to each step

    private static VariableMap vars() {
        return org.camunda.bpm.engine.variable.Variables.createVariables();
    }

    private void start() {
        process = runtimeService().startProcessInstanceByKey(RegistrationProcess.KEY, ACCOUNT.toString());
    }

    private void confirmEmail() {
        runtimeService().createMessageCorrelation(Messages.ACCOUNT_CONFIRMED)
                .processInstanceBusinessKey(ACCOUNT.toString()).correlate();
    }

    private void atTheQuestion() {
        start();
        execute(job(process));
        confirmEmail();
    }

    private void atTicketData() {
        atTheQuestion();
        complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "yes"));
        assertThat(process).isWaitingAt(ENTER_TICKET_DATA).hasNotPassed(ENTER_JOIN_APPLICATION);
    }

    /** What the portal completes «Проверить данные» with: the id of the check it kept. */
    private static VariableMap ticketData() {
        return vars().putValue(Variables.TICKET_CHECK_ID.getName(), TICKET_CHECK.toString());
    }

    private void atJoinApplication() {
        atTheQuestion();
        complete(task(process), vars().putValue(Variables.HAS_TICKET.getName(), "no"));
        assertThat(process).isWaitingAt(ENTER_JOIN_APPLICATION).hasNotPassed(ENTER_TICKET_DATA);
    }

    /** What the portal completes «Заявление о вступлении в Профсоюз» with: the id of the application it kept. */
    private static VariableMap application() {
        return vars().putValue(Variables.JOIN_APPLICATION_ID.getName(), JOIN_APPLICATION.toString());
    }

    private void atJoinDocuments() {
        atJoinApplication();
        when(applications.prepareDocuments(ACCOUNT, JOIN_APPLICATION)).thenReturn(new JoinApplications.Prepared(BATCH,
                JOIN_APPLICATION_DOCUMENT, PERSONAL_DATA_CONSENT, null));

        complete(task(process), application());

        assertThat(process).isWaitingAt(REVIEW_JOIN_DOCUMENTS).hasPassed(PREPARE_JOIN_DOCUMENTS).variables()
                .containsEntry(Variables.DOCUMENT_BATCH_ID.getName(), BATCH.toString())
                .containsEntry(Variables.JOIN_APPLICATION_DOCUMENT_ID.getName(), JOIN_APPLICATION_DOCUMENT.toString())
                .containsEntry(Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID.getName(), PERSONAL_DATA_CONSENT.toString())
                .containsEntry(Variables.ADVERTISING_CONSENT_DOCUMENT_ID.getName(), null);
    }

    private void atReview() {
        atJoinDocuments();
        complete(task(process));
        sign(CodeCheck.Result.VALID);
        assertThat(process).isWaitingAt(SUBMIT_JOIN_APPLICATION);
        when(applications.submit(ACCOUNT, JOIN_APPLICATION)).thenReturn(new JoinApplications.Submitted("ppo15", "territorial3"));
        lenient().when(snapshots.unchanged(any(), any())).thenReturn(true);
        when(applications.labels(JOIN_APPLICATION)).thenReturn(
                new JoinApplications.Labels("Соколова Мария Ивановна", "МБОУ СОШ № 15", "05.12.2026 20:00"));

        execute(job(SUBMIT_JOIN_APPLICATION, process));
        assertThat(process).isWaitingAt(NOTIFY_REVIEWERS);
        execute(job(NOTIFY_REVIEWERS, process));
        verify(notices).arrived("ppo15", JOIN_APPLICATION);

        assertThat(process).isWaitingAt(REVIEW_JOIN_APPLICATION).variables()
                .containsEntry(Variables.REVIEWER_GROUP.getName(), "ppo15")
                .containsEntry(Variables.ESCALATION_GROUP.getName(), "territorial3");
        Task review = task(process);
        assertThat(review.getDueDate()).as("Tasklist sorts and flags by the escalation deadline")
                .isCloseTo(job(REVIEW_ESCALATION_TIMER, process).getDuedate(), 1000);
        assertThat(review.getFollowUpDate()).as("and by the reminder")
                .isCloseTo(job(REVIEW_REMINDER_TIMER, process).getDuedate(), 1000);
    }

    /** The signing sub-process the journey waits in: code mailed, entered, and checked as given. */
    private void sign(CodeCheck.Result check) {
        ProcessInstance signingProcess = runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(signingProcess).isNotNull();
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signingProcess));
        when(signing.verify(eq(ACCOUNT), eq(BATCH), eq("123456"), eq(SUBMITTER)))
                .thenReturn(new CodeCheck(check, 0));
        complete(task(signingProcess), SUBMITTER.addTo(vars()
                .putValue(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), "123456")));
        assertThat(signingProcess).isEnded();
    }
}
