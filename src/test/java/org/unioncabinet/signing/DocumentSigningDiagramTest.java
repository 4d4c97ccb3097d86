package org.unioncabinet.signing;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_EXPIRED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_LIFETIME_TIMER;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_REQUESTED;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.ENTER_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.EXHAUSTED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.EXPIRE_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.SEND_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.SIGNED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.VERIFY_CODE;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mock;
import org.unioncabinet.signing.Submitter;
import org.unioncabinet.support.DiagramTest;
import org.unioncabinet.support.Diagrams;

/**
 * Every path of processes/document-signing.bpmn on the bare engine: the real diagram and delegates, the signing
 * service mocked. What signing itself does (codes, signatures, documents) is DocumentSigningProcessTest's.
 */
@DiagramTest
@Deployment(resources = {"processes/document-signing.bpmn", "forms/signing-code.form"})
class DocumentSigningDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine();

    static final UUID ACCOUNT = UUID.randomUUID();
    static final UUID BATCH = UUID.randomUUID();
    static final Submitter SUBMITTER = new Submitter("203.0.113.7", "Mozilla/5.0 (Android 14)");

    @Mock
    Signing signing;

    ProcessInstance process;

    @BeforeEach
    void delegates() {
        Mocks.register("sendSigningCodeDelegate", new SendSigningCodeDelegate(signing));
        Mocks.register("verifySigningCodeDelegate", new VerifySigningCodeDelegate(signing));
        Mocks.register("expireSigningCodeDelegate", new ExpireSigningCodeDelegate(signing));
        Mocks.register("signingTimers", new SigningTimers(Diagrams.properties()));
    }

    /** The member asks to sign (the deployment exists only once the test runs, after @BeforeEach). */
    private void askToSign() {
        process = runtimeService().startProcessInstanceByKey(DocumentSigningProcess.KEY, ACCOUNT.toString(),
                Variables.createVariables()
                        .putValue(DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID.getName(), BATCH.toString()));
    }

    @Test
    void mailsTheCodeInTheBackgroundThenTheRightCodeSignsTheDocuments() {
        askToSign();
        assertThat(process).isWaitingAt(SEND_CODE);
        execute(job(process));
        verify(signing).sendCode(ACCOUNT, BATCH);
        assertThat(process).isWaitingAt(ENTER_CODE);
        assertThat(task(process)).isNotAssigned();
        assertThat(taskService().getIdentityLinksForTask(task(process).getId())).as("the member's own step").isEmpty();
        when(signing.verify(ACCOUNT, BATCH, "123456", SUBMITTER)).thenReturn(CodeCheck.of(CodeCheck.Result.VALID));

        enterCode("123456");

        assertThat(process).isEnded().hasPassedInOrder(SEND_CODE, ENTER_CODE, VERIFY_CODE, SIGNED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName(), "SIGNED")
                .doesNotContainKey(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName());
    }

    @Test
    void aWrongCodeAsksAgainWithTheAttemptsLeftAndForgetsWhatWasTyped() {
        askToSign();
        execute(job(process));
        when(signing.verify(ACCOUNT, BATCH, "000000", SUBMITTER))
                .thenReturn(new CodeCheck(CodeCheck.Result.WRONG, 4));

        enterCode("000000");

        assertThat(process).isWaitingAt(ENTER_CODE).hasPassed(VERIFY_CODE).hasNotPassed(SIGNED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "WRONG")
                .containsEntry(DocumentSigningProcess.Variables.CODE_ATTEMPTS_LEFT.getName(), 4)
                .doesNotContainKey(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName())
                .doesNotContainKey(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName());
    }

    @Test
    void anEntryRefusedUncheckedForTooManyWrongCodesAsksAgainAndEndsNothing() {
        askToSign();
        execute(job(process));
        when(signing.verify(ACCOUNT, BATCH, "123456", SUBMITTER)).thenReturn(CodeCheck.of(CodeCheck.Result.REFUSED));

        enterCode("123456");

        assertThat(process).isWaitingAt(ENTER_CODE).hasNotPassed(SIGNED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "REFUSED")
                .doesNotContainKey(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName())
                .doesNotContainKey(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName());
    }

    @Test
    void theLastWrongAttemptEndsSigningAsExhausted() {
        askToSign();
        execute(job(process));
        when(signing.verify(ACCOUNT, BATCH, "000000", SUBMITTER)).thenReturn(CodeCheck.of(CodeCheck.Result.EXHAUSTED));

        enterCode("000000");

        assertThat(process).isEnded().hasPassed(EXHAUSTED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName(), "EXHAUSTED");
    }

    @Test
    void aCodeEnteredAfterItDiedEndsSigningAsExpired() {
        askToSign();
        execute(job(process));
        when(signing.verify(ACCOUNT, BATCH, "123456", SUBMITTER)).thenReturn(CodeCheck.of(CodeCheck.Result.EXPIRED));

        enterCode("123456");

        assertThat(process).isEnded().hasPassed(CODE_EXPIRED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName(), "EXPIRED");
    }

    @Test
    void aNewCodeOnRequestIsMailedAndStartsWithoutTheOldNotice() {
        askToSign();
        execute(job(process));
        when(signing.verify(any(), any(), anyString(), any())).thenReturn(new CodeCheck(CodeCheck.Result.WRONG, 4));
        enterCode("000000");

        runtimeService().createMessageCorrelation(DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED)
                .processInstanceId(process.getId()).correlate();

        assertThat(process).hasPassed(CODE_REQUESTED).isWaitingAt(SEND_CODE);
        execute(job(process));
        verify(signing, times(2)).sendCode(ACCOUNT, BATCH);
        assertThat(process).isWaitingAt(ENTER_CODE)
                .variables().doesNotContainKey(DocumentSigningProcess.Variables.CODE_CHECK.getName());
    }

    @Test
    void aCodeNotEnteredWithinItsLifetimeIsVoidedAndSigningEndsAsExpired() {
        askToSign();
        Instant sent = Instant.now();
        execute(job(process));
        assertThat(job(CODE_LIFETIME_TIMER, process).getDuedate().toInstant())
                .isCloseTo(sent.plus(Duration.ofMinutes(10)), within(Duration.ofMinutes(1)));

        execute(job(CODE_LIFETIME_TIMER, process));

        verify(signing).expireCodes(BATCH);
        assertThat(process).isEnded().hasPassedInOrder(ENTER_CODE, EXPIRE_CODE, CODE_EXPIRED_END)
                .variables().containsEntry(DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName(), "EXPIRED");
    }

    private void enterCode(String code) {
        complete(task(process), SUBMITTER.addTo(Variables.createVariables()
                .putValue(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), code)));
        verify(signing).verify(eq(ACCOUNT), eq(BATCH), eq(code), eq(SUBMITTER));
    }
}
