package org.unioncabinet.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.ANSWER;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.ANSWER_OVERDUE;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.ANSWER_REMINDER;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.CANCEL;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.CANCELLED_END;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.COMPLETED_END;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.CONFIRM;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.CONFIRM_DESTRUCTION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.DESTROY_WITHOUT_ORGANISATION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.DESTRUCTION_OVERDUE;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.DESTRUCTION_REMINDER;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.ESCALATE_ANSWER;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.ESCALATE_DESTRUCTION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.NOTIFY_ANSWERED;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.NOTIFY_COMPLETED;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.NOTIFY_ORGANISATION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.NOTIFY_RECEIVED;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.PREPARE_STATEMENT;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.RECORD;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.REMIND_ANSWER;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.REMIND_DESTRUCTION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements.SIGN;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mock;
import org.unioncabinet.calendar.CalendarProperties;
import org.unioncabinet.calendar.WorkingDays;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.reviewer.ReviewerGroups;
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

/**
 * Every path of processes/consent-withdrawal.bpmn on the bare engine: the real diagram, delegates and listeners, the
 * real legal clocks (the production calendar and the default terms), the withdrawal service, its mails and signing
 * mocked. Timers: 10 working days across the May holidays of 2026 and 30 days, each reminder and escalation fired.
 */
@DiagramTest
@Deployment(resources = {"processes/consent-withdrawal.bpmn", "processes/document-signing.bpmn"})
class ConsentWithdrawalDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine(DocumentSigningProcess.KEY);

    static final UUID ACCOUNT = UUID.randomUUID();
    static final UUID WITHDRAWAL = UUID.randomUUID();
    static final UUID BATCH = UUID.randomUUID();
    static final UUID STATEMENT = UUID.randomUUID();
    static final Submitter SUBMITTER = new Submitter("203.0.113.7", "Mozilla/5.0 (Android 14)");
    /** Tuesday 28 April 2026, noon in Moscow: 1 May (Friday) and 11 May (Monday, for Saturday 9 May) are off. */
    static final Instant SIGNED_AT = Instant.parse("2026-04-28T09:00:00Z");
    static final String PRIMARY_GROUP = ReviewerGroups.primaryGroup(15);
    static final String TERRITORIAL_GROUP = ReviewerGroups.territorialGroup(3);
    static final ReviewingOrganisation SCHOOL_15 = new ReviewingOrganisation(15, "ППО МБОУ СОШ № 15", 4711, 3);

    @Mock
    ConsentWithdrawals withdrawals;
    @Mock
    WithdrawalNotices notices;
    @Mock
    Signing signing;
    @Mock
    ReviewTaskSnapshots snapshots;

    final WithdrawalTerms terms = new WithdrawalTerms(
            new WorkingDays(new CalendarProperties(""), Clock.fixed(SIGNED_AT, ZoneOffset.UTC)),
            new WithdrawalProperties(10, 3, 30, 7));

    ProcessInstance process;

    @BeforeEach
    void delegates() {
        Mocks.register("prepareWithdrawalStatementDelegate", new PrepareWithdrawalStatementDelegate(withdrawals));
        Mocks.register("cancelWithdrawalDelegate", new CancelWithdrawalDelegate(withdrawals));
        Mocks.register("recordWithdrawalDelegate", new RecordWithdrawalDelegate(withdrawals));
        Mocks.register("destroyWithoutOrganisationDelegate", new DestroyWithoutOrganisationDelegate(withdrawals));
        Mocks.register("notifyWithdrawalReceivedDelegate", new NotifyWithdrawalReceivedDelegate(notices));
        Mocks.register("notifyWithdrawalOrganisationDelegate", new NotifyWithdrawalOrganisationDelegate(notices));
        Mocks.register("notifyWithdrawalAnsweredDelegate", new NotifyWithdrawalAnsweredDelegate(notices));
        Mocks.register("notifyWithdrawalCompletedDelegate", new NotifyWithdrawalCompletedDelegate(notices));
        Mocks.register("remindWithdrawalReviewersDelegate", new RemindWithdrawalReviewersDelegate(notices));
        Mocks.register("escalateWithdrawalDelegate",
                new EscalateWithdrawalDelegate(taskService(), withdrawals, notices));
        Mocks.register("labelWithdrawalTaskListener",
                new LabelWithdrawalTaskListener(withdrawals, snapshots, new DisplayDates()));
        Mocks.register("checkWithdrawalAnswerTaskListener", new CheckWithdrawalAnswerTaskListener(withdrawals, snapshots));
        Mocks.register("checkDestructionTaskListener", new CheckDestructionTaskListener(withdrawals, snapshots));
        Mocks.register("sendSigningCodeDelegate", new SendSigningCodeDelegate(signing));
        Mocks.register("verifySigningCodeDelegate", new VerifySigningCodeDelegate(signing));
        Mocks.register("expireSigningCodeDelegate", new ExpireSigningCodeDelegate(signing));
        Mocks.register("signingTimers", new SigningTimers(Diagrams.properties()));
    }

    @Test
    void theMemberWhoDoesNotGoOnKeepsHerConsent() {
        requestWithdrawal();
        assertThat(process).isWaitingAt(CONFIRM).variables()
                .containsEntry(ConsentWithdrawalProcess.Variables.STATEMENT_DOCUMENT_ID.getName(), STATEMENT.toString())
                .containsEntry(ConsentWithdrawalProcess.Variables.DOCUMENT_BATCH_ID.getName(), BATCH.toString());

        runtimeService().createMessageCorrelation(ConsentWithdrawalProcess.Messages.CANCELLED)
                .processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassedInOrder(PREPARE_STATEMENT, CONFIRM, CANCEL, CANCELLED_END)
                .hasNotPassed(SIGN);
        verify(withdrawals).cancel(WITHDRAWAL);
        verify(withdrawals, never()).signed(any());
    }

    @Test
    void anExhaustedCodeAsksAgainThenTheSignedStatementGoesToTheOrganisationWhichAnswersAndConfirmsDestruction() {
        requestWithdrawal();
        confirm();
        sign(CodeCheck.Result.EXHAUSTED);
        assertThat(process).isWaitingAt(CONFIRM).variables()
                .containsEntry(ConsentWithdrawalProcess.Variables.SIGNING_OUTCOME.getName(), "EXHAUSTED");
        verify(withdrawals, never()).signed(any());

        confirm();
        signAndRecord(Optional.of(SCHOOL_15));
        assertThat(process).isWaitingAt(NOTIFY_ORGANISATION);
        run(NOTIFY_ORGANISATION);
        verify(notices).arrived(PRIMARY_GROUP, WITHDRAWAL);

        assertThat(process).isWaitingAt(ANSWER);
        assertThat(task(ANSWER, process)).hasCandidateGroup(PRIMARY_GROUP)
                .hasDueDate(Date.from(Instant.parse("2026-05-14T21:00:00Z")));
        assertThat(taskService().getVariablesLocal(task(ANSWER, process).getId()))
                .containsEntry("applicantName", "Воробьёва Анна Сергеевна")
                .containsEntry("reviewDeadlineText", "14.05.2026");
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.ANSWER))).thenReturn(true);

        complete(task(ANSWER, process), answer("Адрес электронной почты и телефон", "membership",
                "ФИО и дата рождения в учётной карточке члена Профсоюза"));

        verify(withdrawals).answer(WITHDRAWAL, "Адрес электронной почты и телефон", KeptBasis.MEMBERSHIP,
                "ФИО и дата рождения в учётной карточке члена Профсоюза", null);
        assertThat(process).variables().doesNotContainKeys("destroyedData", "keptData", "keptBasis");
        run(NOTIFY_ANSWERED);
        verify(notices).toMember(WITHDRAWAL, MailTemplate.WITHDRAWAL_ANSWERED);

        assertThat(task(CONFIRM_DESTRUCTION, process)).hasCandidateGroup(PRIMARY_GROUP)
                .hasDueDate(Date.from(Instant.parse("2026-05-28T21:00:00Z")));
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.DESTRUCTION_ANSWER))).thenReturn(true);
        complete(task(CONFIRM_DESTRUCTION, process), Variables.createVariables()
                .putValue("destructionDone", true).putValue("destructionNote", "Акт № 7 от 20.05.2026"));
        verify(withdrawals).confirmDestruction(WITHDRAWAL, "Акт № 7 от 20.05.2026", null);
        run(NOTIFY_COMPLETED);

        assertThat(process).isEnded().hasPassedInOrder(CONFIRM, SIGN, CONFIRM, SIGN, RECORD, NOTIFY_RECEIVED,
                NOTIFY_ORGANISATION, ANSWER, NOTIFY_ANSWERED, CONFIRM_DESTRUCTION, NOTIFY_COMPLETED, COMPLETED_END)
                .hasNotPassed(ANSWER_REMINDER, ANSWER_OVERDUE, DESTROY_WITHOUT_ORGANISATION);
        verify(notices).toMember(WITHDRAWAL, MailTemplate.WITHDRAWAL_RECEIVED);
        verify(notices).toMember(WITHDRAWAL, MailTemplate.WITHDRAWAL_COMPLETED);
    }

    @Test
    void anAnswerWithoutWhatWasDestroyedOrWithoutWhatIsKeptIsRefusedAndTheTaskStays() {
        toTheOrganisation(CodeCheck.Result.EXPIRED);
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.ANSWER))).thenReturn(true);
        String taskId = task(ANSWER, process).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, answer(" ", "none", null)))
                .hasMessageContaining("Укажите, какие персональные данные уничтожены");
        assertThatThrownBy(() -> taskService().complete(taskId, answer("Телефон", "archives", "")))
                .hasMessageContaining("Укажите, какие данные хранятся и почему");
        assertThatThrownBy(() -> taskService().complete(taskId, answer("Телефон", "forever", "всё")))
                .hasMessageContaining("Выберите основание");
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.ANSWER))).thenReturn(false);
        assertThatThrownBy(() -> taskService().complete(taskId, answer("Телефон", "none", null)))
                .hasMessageContaining("Изменить можно только ответ");

        assertThat(process).isWaitingAt(ANSWER);
        verify(withdrawals, never()).answer(any(), any(), any(), any(), any());
    }

    @Test
    void remindsAfterSevenWorkingDaysAndEscalatesAfterTenAcrossTheMayHolidays() {
        toTheOrganisation(CodeCheck.Result.VALID);

        Job reminder = timer(ANSWER_REMINDER);
        Job overdue = timer(ANSWER_OVERDUE);
        // 29, 30 April; 4–8 May (1 May a holiday): the seventh working day is Friday 8 May, three are left
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-08T21:00:00Z")));
        // then 12, 13, 14 May (11 May off for Saturday 9 May): the answer is due by the end of Thursday 14 May
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-14T21:00:00Z")));

        execute(reminder);
        run(REMIND_ANSWER);
        verify(notices).waiting(PRIMARY_GROUP, MailTemplate.WITHDRAWAL_REMINDER, WITHDRAWAL, WithdrawalNotices.Term.ANSWER);
        execute(timer(ANSWER_OVERDUE));
        run(ESCALATE_ANSWER);

        verify(notices).waiting(TERRITORIAL_GROUP, MailTemplate.WITHDRAWAL_ESCALATION, WITHDRAWAL,
                WithdrawalNotices.Term.ANSWER);
        verify(withdrawals).escalated(WITHDRAWAL);
        assertThat(task(ANSWER, process)).hasCandidateGroup(PRIMARY_GROUP).hasCandidateGroup(TERRITORIAL_GROUP);
        assertThat(process).isWaitingAt(ANSWER).hasPassed(REMIND_ANSWER, ESCALATE_ANSWER);
    }

    @Test
    void remindsAWeekBeforeAndEscalatesAfterThirtyDaysAnUnconfirmedDestruction() {
        toTheOrganisation(CodeCheck.Result.VALID);
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.ANSWER))).thenReturn(true);
        complete(task(ANSWER, process), answer("Телефон", "none", null));
        verify(withdrawals).answer(WITHDRAWAL, "Телефон", KeptBasis.NONE, null, null);
        run(NOTIFY_ANSWERED);

        Job reminder = timer(DESTRUCTION_REMINDER);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-21T21:00:00Z")));
        assertThat(timer(DESTRUCTION_OVERDUE).getDuedate()).isEqualTo(Date.from(Instant.parse("2026-05-28T21:00:00Z")));
        execute(reminder);
        run(REMIND_DESTRUCTION);
        verify(notices).waiting(PRIMARY_GROUP, MailTemplate.WITHDRAWAL_REMINDER, WITHDRAWAL,
                WithdrawalNotices.Term.DESTRUCTION);
        execute(timer(DESTRUCTION_OVERDUE));
        run(ESCALATE_DESTRUCTION);
        verify(notices).waiting(TERRITORIAL_GROUP, MailTemplate.WITHDRAWAL_ESCALATION, WITHDRAWAL,
                WithdrawalNotices.Term.DESTRUCTION);
        assertThat(task(CONFIRM_DESTRUCTION, process)).hasCandidateGroup(TERRITORIAL_GROUP);

        // an unticked box confirms nothing
        when(snapshots.unchanged(any(), eq(ConsentWithdrawalProcess.DESTRUCTION_ANSWER))).thenReturn(true);
        String taskId = task(CONFIRM_DESTRUCTION, process).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, Variables.createVariables()
                .putValue("destructionDone", false)))
                .hasMessageContaining("Отметьте, что персональные данные уничтожены");
        assertThat(process).isWaitingAt(CONFIRM_DESTRUCTION).hasPassed(REMIND_DESTRUCTION, ESCALATE_DESTRUCTION);
    }

    @Test
    void withoutAnOrganisationTheCabinetRecordsTheDestructionItselfAndEnds() {
        requestWithdrawal();
        confirm();
        signAndRecord(Optional.empty());
        run(DESTROY_WITHOUT_ORGANISATION);
        verify(withdrawals).destroyWithoutOrganisation(WITHDRAWAL);
        run(NOTIFY_COMPLETED);

        assertThat(process).isEnded().hasPassedInOrder(RECORD, NOTIFY_RECEIVED, DESTROY_WITHOUT_ORGANISATION,
                NOTIFY_COMPLETED, COMPLETED_END).hasNotPassed(NOTIFY_ORGANISATION, ANSWER, CONFIRM_DESTRUCTION);
        verify(notices, never()).arrived(any(), any());
    }

    private void requestWithdrawal() {
        when(withdrawals.prepare(WITHDRAWAL)).thenReturn(new ConsentWithdrawals.Prepared(BATCH, STATEMENT));
        process = runtimeService().startProcessInstanceByKey(ConsentWithdrawalProcess.KEY, ACCOUNT.toString(),
                Map.of(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.getName(), WITHDRAWAL));
    }

    private void confirm() {
        assertThat(process).isWaitingAt(CONFIRM);
        complete(task(CONFIRM, process), Variables.createVariables().putValue("withdrawalConfirmed", true));
    }

    private void toTheOrganisation(CodeCheck.Result firstCode) {
        requestWithdrawal();
        confirm();
        if (firstCode != CodeCheck.Result.VALID) {
            sign(firstCode);
            confirm();
        }
        signAndRecord(Optional.of(SCHOOL_15));
        run(NOTIFY_ORGANISATION);
        assertThat(process).isWaitingAt(ANSWER);
    }

    private void signAndRecord(Optional<ReviewingOrganisation> organisation) {
        when(withdrawals.signed(WITHDRAWAL)).thenReturn(new ConsentWithdrawals.Signed(organisation, terms.from(SIGNED_AT)));
        if (organisation.isPresent()) {
            when(withdrawals.labels(WITHDRAWAL)).thenReturn(
                    new ConsentWithdrawals.Labels("Воробьёва Анна Сергеевна", "МБОУ СОШ № 15", SIGNED_AT));
        }
        sign(CodeCheck.Result.VALID);
        assertThat(process).isWaitingAt(RECORD);
        run(RECORD);
        run(NOTIFY_RECEIVED);
        verify(notices).toMember(WITHDRAWAL, MailTemplate.WITHDRAWAL_RECEIVED);
        assertThat(process).variables()
                .containsEntry(ConsentWithdrawalProcess.Variables.HAS_ORGANISATION.getName(), organisation.isPresent());
    }

    /** The code entered in the signing sub-process checks as {@code check}. */
    private void sign(CodeCheck.Result check) {
        ProcessInstance signingProcess = runtimeService().createProcessInstanceQuery()
                .superProcessInstanceId(process.getId()).singleResult();
        assertThat(signingProcess).isNotNull();
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signingProcess));
        when(signing.verify(eq(ACCOUNT), eq(BATCH), eq("123456"), eq(SUBMITTER))).thenReturn(new CodeCheck(check, 0));
        complete(task(signingProcess), SUBMITTER.addTo(Variables.createVariables()
                .putValue(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), "123456")));
        assertThat(signingProcess).isEnded();
    }

    /** Runs a background step: its job before, and after a mail the job that continues from it. */
    private void run(String activityId) {
        assertThat(job(activityId, process)).as("a job at " + activityId).isNotNull();
        Job next;
        while ((next = managementService().createJobQuery().processInstanceId(process.getId()).activityId(activityId)
                .executable().singleResult()) != null) {
            execute(next);
        }
    }

    private Job timer(String activityId) {
        return managementService().createJobQuery().processInstanceId(process.getId()).activityId(activityId)
                .timers().singleResult();
    }

    private static VariableMap answer(String destroyed, String basis, String kept) {
        return Variables.createVariables().putValue("destroyedData", destroyed).putValue("keptBasis", basis)
                .putValue("keptData", kept);
    }
}
