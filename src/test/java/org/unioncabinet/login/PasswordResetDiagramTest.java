package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.UUID;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mock;
import org.springframework.mail.MailSendException;
import org.unioncabinet.support.DiagramTest;
import org.unioncabinet.support.Diagrams;

/** Every path of processes/password-reset.bpmn on the bare engine, the password reset service mocked. */
@DiagramTest
@Deployment(resources = "processes/password-reset.bpmn")
class PasswordResetDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine();

    static final UUID ACCOUNT = UUID.randomUUID();

    @Mock
    PasswordReset passwordReset;

    @BeforeEach
    void delegates() {
        Mocks.register("sendPasswordResetLinkDelegate", new SendPasswordResetLinkDelegate(passwordReset));
    }

    @Test
    void mailsTheLinkInTheBackground() {
        ProcessInstance process = runtimeService().startProcessInstanceByKey(PasswordResetProcess.KEY, ACCOUNT.toString());
        assertThat(process).isWaitingAt(PasswordResetProcess.SEND_RESET_LINK);
        verifyNoInteractions(passwordReset);

        execute(job(process));

        verify(passwordReset).sendLink(ACCOUNT);
        assertThat(process).isEnded().hasPassed(PasswordResetProcess.SEND_RESET_LINK);
    }

    @Test
    void aMailOutageIsRetriedFiveTimesThenBecomesAnIncident() {
        doThrow(new MailSendException("SMTP down")).when(passwordReset).sendLink(ACCOUNT);
        ProcessInstance process = runtimeService().startProcessInstanceByKey(PasswordResetProcess.KEY, ACCOUNT.toString());

        assertThat(Diagrams.attemptsUntilIncident(process, PasswordResetProcess.SEND_RESET_LINK)).isEqualTo(5);
        assertThat(process).isWaitingAt(PasswordResetProcess.SEND_RESET_LINK);
    }
}
