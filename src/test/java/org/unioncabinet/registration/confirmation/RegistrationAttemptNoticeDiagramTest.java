package org.unioncabinet.registration.confirmation;

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

/** Every path of processes/registration-attempt-notice.bpmn on the bare engine, the notice service mocked. */
@DiagramTest
@Deployment(resources = "processes/registration-attempt-notice.bpmn")
class RegistrationAttemptNoticeDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine();

    static final UUID OWNER = UUID.randomUUID();

    @Mock
    RegistrationAttemptNotice notice;

    @BeforeEach
    void delegates() {
        Mocks.register("sendRegistrationAttemptNoticeDelegate", new SendRegistrationAttemptNoticeDelegate(notice));
    }

    @Test
    void tellsTheOwnerOfTheEmailInTheBackground() {
        ProcessInstance process = start();
        assertThat(process).isWaitingAt(RegistrationAttemptNoticeProcess.SEND_NOTICE);
        verifyNoInteractions(notice);

        execute(job(process));

        verify(notice).send(OWNER);
        assertThat(process).isEnded().hasPassed(RegistrationAttemptNoticeProcess.SEND_NOTICE);
    }

    @Test
    void aMailOutageIsRetriedFiveTimesThenBecomesAnIncident() {
        doThrow(new MailSendException("SMTP down")).when(notice).send(OWNER);
        ProcessInstance process = start();

        assertThat(Diagrams.attemptsUntilIncident(process, RegistrationAttemptNoticeProcess.SEND_NOTICE)).isEqualTo(5);
        assertThat(process).isWaitingAt(RegistrationAttemptNoticeProcess.SEND_NOTICE);
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(RegistrationAttemptNoticeProcess.KEY, OWNER.toString());
    }
}
