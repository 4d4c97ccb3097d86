package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mock;
import org.springframework.mail.MailSendException;
import org.unioncabinet.dictation.DictationAttemptProcess.Elements;
import org.unioncabinet.support.DiagramTest;
import org.unioncabinet.support.Diagrams;

/**
 * Every path of processes/dictation-attempt.bpmn with its award decision (dictation-award.dmn) on the bare engine,
 * the attempts and the mail mocked: finished in time, time ran out, ended by the edition's closing, finished after
 * the end, each award band.
 */
@DiagramTest
@Deployment(resources = {"processes/dictation-attempt.bpmn", "processes/dictation-award.dmn"})
class DictationAttemptDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine();

    static final Instant DEADLINE = Instant.now().plus(45, ChronoUnit.MINUTES);
    static final Instant CLOSES = Instant.now().plus(3, ChronoUnit.DAYS);

    final UUID attempt = UUID.randomUUID();

    @Mock
    Attempts attempts;
    @Mock
    ResultMail mail;
    @Mock
    Certificates certificates;

    @BeforeEach
    void delegates() {
        Mocks.register("scoreAttemptDelegate", new ScoreAttemptDelegate(attempts));
        Mocks.register("recordAwardDelegate", new RecordAwardDelegate(attempts, certificates));
        Mocks.register("sendDictationResultDelegate", new SendDictationResultDelegate(mail));
    }

    @Test
    void aFinishedAttemptIsScoredAtOnceAndAwardedWhenTheEditionCloses() {
        when(attempts.score(attempt)).thenReturn(92);
        ProcessInstance process = start();
        assertThat(process).isWaitingAt(Elements.FINISHED_OR_TIME_UP);

        finish();

        verify(attempts).score(attempt);
        assertThat(process).isWaitingAt(Elements.RESULTS_DUE).variables().containsEntry("scoreShare", 92);
        assertThat(timer(process).getDuedate()).isEqualTo(Date.from(CLOSES));
        verify(attempts, never()).award(any(), any());

        execute(job(process));

        verify(attempts).award(attempt, Award.DIPLOMA_1);
        verify(certificates).issue(attempt);
        assertThat(process).isWaitingAt(Elements.SEND_RESULT);
        verifyNoInteractions(mail);
        execute(job(process));
        verify(mail).send(attempt);
        execute(job(process));
        assertThat(process).isEnded().hasPassedInOrder(Elements.STARTED, Elements.FINISHED, Elements.ATTEMPT_ENDED,
                Elements.SCORE, Elements.RESULTS_DUE, Elements.DECIDE_AWARD, Elements.RECORD_AWARD,
                Elements.SEND_RESULT, Elements.RESULT_SENT).hasNotPassed(Elements.TIME_UP);
    }

    @Test
    void anAttemptNeverFinishedIsClosedAtItsDeadlineAndScoredWithWhatWasSaved() {
        when(attempts.score(attempt)).thenReturn(10);
        ProcessInstance process = start();
        assertThat(timer(process).getDuedate()).isEqualTo(Date.from(DEADLINE));

        execute(job(process));

        verify(attempts).score(attempt);
        assertThat(process).isWaitingAt(Elements.RESULTS_DUE).hasPassed(Elements.TIME_UP).hasNotPassed(Elements.FINISHED);
        execute(job(process));
        verify(attempts).award(attempt, Award.PARTICIPANT);
    }

    @Test
    void anAttemptStartedShortlyBeforeTheClosingEndsWithTheEditionAndIsAwardedAtOnce() {
        // «Начать» ten minutes before the closing of a 45-minute edition: the deadline is the closing itself
        Instant closing = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        when(attempts.score(attempt)).thenReturn(80);
        ProcessInstance process = start(closing, closing);
        assertThat(timer(process).getDuedate()).isEqualTo(Date.from(closing));

        execute(job(process));

        verify(attempts).score(attempt);
        assertThat(process).isWaitingAt(Elements.RESULTS_DUE).hasPassed(Elements.TIME_UP);
        assertThat(timer(process).getDuedate()).as("the results are due as the edition closes").isEqualTo(Date.from(closing));
        execute(job(process));
        verify(attempts).award(attempt, Award.DIPLOMA_2);
        execute(job(process));
        verify(mail).send(attempt);
        execute(job(process));
        assertThat(process).isEnded().hasPassedInOrder(Elements.STARTED, Elements.TIME_UP, Elements.ATTEMPT_ENDED,
                Elements.SCORE, Elements.RESULTS_DUE, Elements.DECIDE_AWARD, Elements.RECORD_AWARD,
                Elements.SEND_RESULT, Elements.RESULT_SENT).hasNotPassed(Elements.FINISHED);
    }

    @Test
    void finishingAfterTheTimeRanOutIsRefused() {
        ProcessInstance process = start();
        execute(job(process));

        assertThatThrownBy(this::finish).isInstanceOf(MismatchingMessageCorrelationException.class);
        assertThat(process).isWaitingAt(Elements.RESULTS_DUE).hasNotPassed(Elements.FINISHED);
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({"100, DIPLOMA_1", "90, DIPLOMA_1", "89, DIPLOMA_2", "75, DIPLOMA_2", "74, DIPLOMA_3", "50, DIPLOMA_3",
            "49, PARTICIPANT", "0, PARTICIPANT"})
    void eachBandOfTheDecisionIsRecorded(int share, Award award) {
        when(attempts.score(attempt)).thenReturn(share);
        ProcessInstance process = start();
        finish();
        execute(job(process));

        verify(attempts).award(attempt, award);
        assertThat(process).variables().containsEntry("award", award.label());
    }

    @Test
    @Deployment(resources = {"processes/dictation-attempt.bpmn", "processes/dictation-award.dmn",
            "dictation/award-pass-fail.dmn"})
    void theEditionsOwnDecisionGivesTheAward() {
        when(attempts.score(attempt)).thenReturn(70);
        ProcessInstance standard = start();
        ProcessInstance passFail = start(DEADLINE, CLOSES, "dictationAwardPassFail");
        for (ProcessInstance process : java.util.List.of(standard, passFail)) {
            runtimeService().createMessageCorrelation(DictationAttemptProcess.Messages.FINISHED)
                    .processInstanceId(process.getId()).correlate();
            execute(job(process));
        }

        assertThat(standard).variables().containsEntry("award", Award.DIPLOMA_3.label());
        assertThat(passFail).variables().containsEntry("award", Award.DIPLOMA_1.label());
    }

    @Test
    @Deployment(resources = {"processes/dictation-attempt.bpmn", "processes/dictation-award.dmn",
            "dictation/award-pass-fail.dmn", "dictation/award-unknown.dmn"})
    void anEditionMayNameOnlyADecisionDeployedWithTheProcessThatGivesAwardsTheRecordKnows() throws Exception {
        AwardDecisions check = new AwardDecisions(BpmnAwareTests.repositoryService(), BpmnAwareTests.decisionService());
        BpmnAwareTests.repositoryService().createDeployment().name("from Camunda Modeler, alone")
                .addClasspathResource("dictation/award-pass-fail.dmn").addString("award-alone.dmn",
                        new String(getClass().getResourceAsStream("/dictation/award-pass-fail.dmn").readAllBytes(),
                                java.nio.charset.StandardCharsets.UTF_8).replace("dictationAwardPassFail", "dictationAwardAlone"))
                .deploy();

        assertThat(check.problem("dictationAward")).isEmpty();
        assertThat(check.problem("dictationAwardPassFail")).isEmpty();
        assertThat(check.problem("dictationAwardAlone")).get().asString()
                .contains("нет среди решений, развёрнутых вместе с процессом", "dictationAward, dictationAwardPassFail");
        assertThat(check.problem("dictationAwardUnknown")).get().asString()
                .contains("60 % — «Диплом IV степени»", "и ещё 36").doesNotContain("59 %");
        assertThat(check.problem("${award}")).get().asString().contains("идентификатор решения");
    }

    @Test
    void anAwardTheRecordDoesNotKnowStopsAsAnIncident() {
        ProcessInstance process = start();
        finish();
        runtimeService().setVariable(process.getId(), "scoreShare", 50);
        Mocks.register("recordAwardDelegate", new RecordAwardDelegate(attempts, certificates) {
            @Override
            public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
                DictationAttemptProcess.Variables.AWARD.on(execution).set("Диплом IV степени");
                super.execute(execution);
            }
        });

        assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("Диплом IV степени");
        verify(attempts, never()).award(any(), any());
        verify(certificates, never()).issue(any());
    }

    @Test
    void aMailOutageIsRetriedFiveTimesThenBecomesAnIncident() {
        doThrow(new MailSendException("SMTP down")).when(mail).send(attempt);
        ProcessInstance process = start();
        finish();
        execute(job(process));

        assertThat(Diagrams.attemptsUntilIncident(process, Elements.SEND_RESULT)).isEqualTo(5);
    }

    private ProcessInstance start() {
        return start(DEADLINE, CLOSES);
    }

    private ProcessInstance start(Instant deadline, Instant resultsAt) {
        return start(deadline, resultsAt, "dictationAward");
    }

    private ProcessInstance start(Instant deadline, Instant resultsAt, String awardDecision) {
        VariableMap variables = Variables.createVariables();
        DictationAttemptProcess.Variables.AWARD_DECISION.on(variables).set(awardDecision);
        DictationAttemptProcess.Variables.ATTEMPT_DEADLINE.on(variables).set(Date.from(deadline));
        DictationAttemptProcess.Variables.RESULTS_AT.on(variables).set(Date.from(resultsAt));
        return runtimeService().startProcessInstanceByKey(DictationAttemptProcess.KEY, attempt.toString(), variables);
    }

    private void finish() {
        runtimeService().createMessageCorrelation(DictationAttemptProcess.Messages.FINISHED)
                .processInstanceBusinessKey(attempt.toString()).correlate();
    }

    private static Job timer(ProcessInstance process) {
        return managementService().createJobQuery().processInstanceId(process.getId()).timers().singleResult();
    }
}
