package org.unioncabinet.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.APPLY;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.APPROVED_END;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.CHANGE_REQUESTED;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.ENTER_STATEMENT;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.ESCALATE;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.ESCALATED;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.ESCALATION_TIMER;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.NOTIFY_APPROVAL;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.NOTIFY_REJECTION;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.NOTIFY_REVIEWERS;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.PREPARE_DOCUMENTS;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REJECTED_END;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REMINDER_TIMER;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REMIND_REVIEWERS;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REVIEW;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REVIEWERS_REMINDED;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.REVIEW_DOCUMENTS;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.SUBMIT;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.WITHDRAW;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.WITHDRAWN_BOUNDARY;
import static org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements.WITHDRAWN_END;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
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
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Decision;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Messages;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.mail.MailTemplate;
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

/**
 * Every path of processes/personal-data-correction.bpmn on the bare engine: the real diagram, delegates and listeners,
 * the services behind them mocked; the signing sub-process it calls runs for real (its own paths are
 * DocumentSigningDiagramTest's). What the services do, and what only the whole application proves, is
 * CorrectionStatementIntegrationTest's.
 */
@DiagramTest
@Deployment(resources = {"processes/personal-data-correction.bpmn", "processes/document-signing.bpmn"})
class CorrectionDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine(DocumentSigningProcess.KEY);

    static final UUID ACCOUNT = UUID.randomUUID();
    static final UUID STATEMENT = UUID.randomUUID();
    static final UUID BATCH = UUID.randomUUID();
    static final UUID DOCUMENT = UUID.randomUUID();
    static final Submitter SUBMITTER = new Submitter("203.0.113.7", "Mozilla/5.0 (Android 14)");

    @Mock
    CorrectionStatements statements;
    @Mock
    CorrectionNotices notices;
    @Mock
    Signing signing;
    @Mock
    ReviewTaskSnapshots snapshots;

    ProcessInstance process;

    @BeforeEach
    void delegates() {
        var properties = Diagrams.properties();
        Mocks.register("correctionReviewTimers", new CorrectionReviewTimers(properties));
        Mocks.register("signingTimers", new SigningTimers(properties));
        Mocks.register("prepareCorrectionDocumentsDelegate", new PrepareCorrectionDocumentsDelegate(statements));
        Mocks.register("submitCorrectionStatementDelegate", new SubmitCorrectionStatementDelegate(statements));
        Mocks.register("notifyCorrectionReviewersDelegate", new NotifyCorrectionReviewersDelegate(notices));
        Mocks.register("remindCorrectionReviewersDelegate", new RemindCorrectionReviewersDelegate(notices));
        Mocks.register("escalateCorrectionReviewDelegate", new EscalateCorrectionReviewDelegate(taskService(), notices));
        Mocks.register("applyCorrectionDelegate", new ApplyCorrectionDelegate(statements));
        Mocks.register("notifyCorrectionApprovalDelegate", new NotifyCorrectionApprovalDelegate(notices));
        Mocks.register("notifyCorrectionRejectionDelegate", new NotifyCorrectionRejectionDelegate(notices));
        Mocks.register("withdrawCorrectionDelegate", new WithdrawCorrectionDelegate(statements));
        Mocks.register("labelCorrectionTaskListener", new LabelCorrectionTaskListener(statements, snapshots,
                new DisplayDates()));
        Mocks.register("checkCorrectionDecisionTaskListener", new CheckCorrectionDecisionTaskListener(statements,
                snapshots));
        Mocks.register("sendSigningCodeDelegate", new SendSigningCodeDelegate(signing));
        Mocks.register("verifySigningCodeDelegate", new VerifySigningCodeDelegate(signing));
        Mocks.register("expireSigningCodeDelegate", new ExpireSigningCodeDelegate(signing));
    }

    @Test
    void anApprovedStatementIsAppliedToTheRegistryAndTheMemberIsTold() {
        atReview();

        complete(task(process), vars().putValue(Variables.DECISION.getName(), "approve"));

        verify(statements).decide(STATEMENT, Decision.APPROVE, "", null);
        verify(snapshots).forget(any());
        assertThat(process).isWaitingAt(APPLY);
        verify(statements, never()).apply(any());
        execute(job(APPLY, process));
        verify(statements).apply(STATEMENT);
        execute(job(NOTIFY_APPROVAL, process));
        verify(notices).approved(STATEMENT);
        assertThat(process).isEnded().hasPassed(APPROVED_END).hasNotPassed(NOTIFY_REJECTION);
    }

    @Test
    void aRejectedStatementTellsTheMemberWhyAndChangesNothing() {
        atReview();

        complete(task(process), vars().putValue(Variables.DECISION.getName(), "reject")
                .putValue(Variables.REJECTION_REASON.getName(), "Приложите свидетельство о браке."));

        verify(statements).decide(STATEMENT, Decision.REJECT, "Приложите свидетельство о браке.", null);
        assertThat(process).isWaitingAt(NOTIFY_REJECTION).variables()
                .as("the reason lives with the statement").doesNotContainKey(Variables.REJECTION_REASON.getName());
        execute(job(NOTIFY_REJECTION, process));
        verify(notices).rejected(STATEMENT);
        assertThat(process).isEnded().hasPassed(REJECTED_END).hasNotPassed(APPLY);
        verify(statements, never()).apply(any());
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

        assertThat(process).isWaitingAt(REVIEW);
        verify(statements, never()).decide(any(), any(), anyString(), any());
    }

    @Test
    void anApprovalTheRegistryCannotTakeIsRefusedWithTheReasonAndTheTaskStaysOpen() {
        atReview();
        doThrow(new CorrectionStatements.NotApplicable("В АИС «Единый реестр» нет члена Профсоюза с номером билета"))
                .when(statements).decide(STATEMENT, Decision.APPROVE, "", null);

        assertThatThrownBy(() -> taskService().complete(task(process).getId(),
                vars().putValue(Variables.DECISION.getName(), "approve")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("нет члена Профсоюза");

        assertThat(process).isWaitingAt(REVIEW);
    }

    @Test
    void aCompletionThatWouldChangeMoreThanTheAnswerIsRefusedAndTheTaskStaysOpen() {
        atReview();
        verify(snapshots).take(any(), eq(PersonalDataCorrectionProcess.REVIEW_ANSWER));
        when(snapshots.unchanged(any(), any())).thenReturn(false);

        assertThatThrownBy(() -> taskService().complete(task(process).getId(), vars()
                .putValue(Variables.DECISION.getName(), "approve")
                .putValue(Variables.STATEMENT_ID.getName(), UUID.randomUUID().toString())))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Изменить можно только решение и причину отказа");

        assertThat(process).isWaitingAt(REVIEW).variables()
                .containsEntry(Variables.STATEMENT_ID.getName(), STATEMENT.toString());
        verify(statements, never()).decide(any(), any(), anyString(), any());
    }

    @Test
    void theReviewersAreRemindedAfterThreeDaysThenTheTerritorialOrganisationGetsTheStatementAfterTen() {
        Instant submitted = Instant.now();
        atReview();
        assertThat(job(REMINDER_TIMER, process).getDuedate().toInstant())
                .isCloseTo(submitted.plus(Duration.ofDays(3)), within(Duration.ofMinutes(5)));
        assertThat(job(ESCALATION_TIMER, process).getDuedate().toInstant())
                .isCloseTo(submitted.plus(Duration.ofDays(10)), within(Duration.ofMinutes(5)));
        Task review = task(process);
        assertThat(review.getDueDate()).isCloseTo(job(ESCALATION_TIMER, process).getDuedate(), 1000);
        assertThat(review.getFollowUpDate()).isCloseTo(job(REMINDER_TIMER, process).getDuedate(), 1000);

        execute(job(REMINDER_TIMER, process));
        execute(job(REMIND_REVIEWERS, process));
        verify(notices).waiting("ppo15", MailTemplate.CORRECTION_REVIEW_REMINDER, STATEMENT);
        assertThat(process).hasPassed(REVIEWERS_REMINDED).isWaitingAt(REVIEW);

        execute(job(ESCALATION_TIMER, process));
        execute(job(ESCALATE, process));
        verify(notices).waiting("territorial3", MailTemplate.CORRECTION_REVIEW_ESCALATION, STATEMENT);
        assertThat(process).hasPassed(ESCALATED).isWaitingAt(REVIEW);
        assertThat(taskService().getIdentityLinksForTask(task(process).getId())).extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("ppo15", "territorial3");
    }

    @Test
    void changingTheDataGoesBackToTheStatementAndMakesAFreshDocument() {
        atDocuments();

        runtimeService().createMessageCorrelation(Messages.CHANGE_REQUESTED)
                .processInstanceBusinessKey(ACCOUNT.toString()).correlate();

        assertThat(process).hasPassed(CHANGE_REQUESTED).isWaitingAt(ENTER_STATEMENT);
        complete(task(process));
        verify(statements, times(2)).prepareDocuments(ACCOUNT, STATEMENT);
        assertThat(process).isWaitingAt(REVIEW_DOCUMENTS);
    }

    @Test
    void aStatementWithdrawnBeforeSigningEndsAndIsMarkedSo() {
        start();

        runtimeService().createMessageCorrelation(Messages.WITHDRAWN)
                .processInstanceBusinessKey(ACCOUNT.toString()).correlate();

        verify(statements).withdraw(STATEMENT);
        assertThat(process).isEnded().hasPassed(WITHDRAWN_BOUNDARY, WITHDRAW, WITHDRAWN_END)
                .hasNotPassed(PREPARE_DOCUMENTS);
    }

    @Test
    void aSpentOrExpiredCodeLeadsBackToTheStatementsDocumentToSignAgain() {
        atDocuments();
        complete(task(process));
        sign(CodeCheck.Result.EXHAUSTED);
        assertThat(process).isWaitingAt(REVIEW_DOCUMENTS).hasNotPassed(SUBMIT)
                .variables().containsEntry(Variables.SIGNING_OUTCOME.getName(), "EXHAUSTED");

        complete(task(process));
        sign(CodeCheck.Result.EXPIRED);
        assertThat(process).isWaitingAt(REVIEW_DOCUMENTS).hasNotPassed(SUBMIT)
                .variables().containsEntry(Variables.SIGNING_OUTCOME.getName(), "EXPIRED");

        complete(task(process));
        sign(CodeCheck.Result.VALID);
        assertThat(process).isWaitingAt(SUBMIT);
    }

    // ---- the way to each step

    private static VariableMap vars() {
        return org.camunda.bpm.engine.variable.Variables.createVariables();
    }

    private void start() {
        process = runtimeService().startProcessInstanceByKey(PersonalDataCorrectionProcess.KEY, ACCOUNT.toString(),
                vars().putValue(Variables.STATEMENT_ID.getName(), STATEMENT.toString()));
        assertThat(process).isWaitingAt(ENTER_STATEMENT);
        assertThat(task(process)).hasName("Заявление об изменении персональных данных");
    }

    private void atDocuments() {
        start();
        lenient().when(statements.prepareDocuments(ACCOUNT, STATEMENT))
                .thenReturn(new CorrectionStatements.Prepared(BATCH, DOCUMENT));
        complete(task(process));
        assertThat(process).isWaitingAt(REVIEW_DOCUMENTS).hasPassed(PREPARE_DOCUMENTS).variables()
                .containsEntry(Variables.DOCUMENT_BATCH_ID.getName(), BATCH.toString())
                .containsEntry(Variables.DOCUMENT_ID.getName(), DOCUMENT.toString());
    }

    private void atReview() {
        atDocuments();
        complete(task(process));
        sign(CodeCheck.Result.VALID);
        assertThat(process).isWaitingAt(SUBMIT);
        when(statements.submit(ACCOUNT, STATEMENT)).thenReturn(new CorrectionStatements.Submitted("ppo15", "territorial3"));
        lenient().when(snapshots.unchanged(any(), any())).thenReturn(true);
        when(statements.labels(STATEMENT)).thenReturn(
                new CorrectionStatements.Labels("Петрова Мария Ивановна", "МБОУ СОШ № 15", "05.12.2026 20:00"));

        execute(job(SUBMIT, process));
        assertThat(process).isWaitingAt(NOTIFY_REVIEWERS);
        execute(job(NOTIFY_REVIEWERS, process));
        verify(notices).arrived("ppo15", STATEMENT);

        assertThat(process).isWaitingAt(REVIEW);
        Task review = task(process);
        assertThat(review).hasCandidateGroup("ppo15").isNotAssigned();
        assertThat(taskService().getVariablesLocal(review.getId()))
                .containsEntry(Variables.APPLICANT_NAME_LABEL.getName(), "Петрова Мария Ивановна")
                .containsEntry(Variables.SCHOOL_LABEL.getName(), "МБОУ СОШ № 15")
                .containsEntry(Variables.SUBMITTED_AT_LABEL.getName(), "05.12.2026 20:00")
                .containsKey(Variables.DEADLINE_LABEL.getName());
    }

    /** The signing sub-process the statement waits in: code mailed, entered, and checked as given. */
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
