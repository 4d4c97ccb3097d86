package org.unioncabinet.emailchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.AWAIT_LINK;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.CHANGED_END;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.EXPIRE;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.EXPIRED_END;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.LINK_EXPIRED_TIMER;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.NOTIFY_OLD_ADDRESS;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.OWNER_WARNED_END;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.SEND_ATTEMPT_NOTICE;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.SEND_LINK;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.SUPERSEDED_BOUNDARY;
import static org.unioncabinet.emailchange.EmailChangeProcess.Elements.SUPERSEDED_END;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

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
import org.springframework.mail.MailSendException;
import org.unioncabinet.support.DiagramTest;
import org.unioncabinet.support.Diagrams;

/** Every path of processes/email-change.bpmn on the bare engine, the e-mail change service mocked. */
@DiagramTest
@Deployment(resources = "processes/email-change.bpmn")
class EmailChangeDiagramTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = Diagrams.engine();

    static final UUID ACCOUNT = UUID.randomUUID();
    static final UUID REQUEST = UUID.randomUUID();
    static final Duration LINK_LIFETIME = Duration.ofHours(24);

    @Mock
    EmailChange emailChange;

    @BeforeEach
    void delegates() {
        Mocks.register("emailChangeTimers", new EmailChangeTimers(
                new EmailChangeSettings(LINK_LIFETIME, Duration.ofSeconds(60), "контакты",
                Duration.ofDays(7))));
        Mocks.register("sendEmailChangeLinkDelegate", new SendEmailChangeLinkDelegate(emailChange));
        Mocks.register("sendEmailChangeAttemptNoticeDelegate", new SendEmailChangeAttemptNoticeDelegate(emailChange));
        Mocks.register("expireEmailChangeDelegate", new ExpireEmailChangeDelegate(emailChange));
        Mocks.register("notifyOldEmailAddressDelegate", new NotifyOldEmailAddressDelegate(emailChange));
    }

    @Test
    void mailsTheLinkThenTellsTheOldAddressOnceTheLinkIsFollowed() {
        ProcessInstance process = start(false);
        assertThat(process).isWaitingAt(SEND_LINK);
        verifyNoInteractions(emailChange);

        execute(job(process));
        verify(emailChange).sendLink(REQUEST);
        assertThat(process).isWaitingAt(AWAIT_LINK);

        runtimeService().createMessageCorrelation(EmailChangeProcess.Messages.CONFIRMED)
                .processInstanceId(process.getId()).correlate();
        assertThat(process).isWaitingAt(NOTIFY_OLD_ADDRESS);
        execute(job(process));

        verify(emailChange).notifyOldAddress(REQUEST);
        verifyNoMoreInteractions(emailChange);
        assertThat(process).isEnded().hasPassedInOrder(SEND_LINK, AWAIT_LINK, NOTIFY_OLD_ADDRESS, CHANGED_END);
    }

    @Test
    void closesTheRequestWhenTheLinksLifetimeIsOver() {
        ProcessInstance process = start(false);
        Instant started = Instant.now();
        execute(job(process));

        assertThat(job(LINK_EXPIRED_TIMER, process).getDuedate().toInstant())
                .isCloseTo(started.plus(LINK_LIFETIME), within(Duration.ofMinutes(5)));
        execute(job(LINK_EXPIRED_TIMER, process));

        verify(emailChange).expire(REQUEST);
        assertThat(process).isEnded().hasPassedInOrder(SEND_LINK, AWAIT_LINK, EXPIRE, EXPIRED_END)
                .hasNotPassed(NOTIFY_OLD_ADDRESS);
    }

    @Test
    void endsQuietlyWhenANewerRequestReplacesIt() {
        ProcessInstance process = start(false);
        execute(job(process));

        runtimeService().createMessageCorrelation(EmailChangeProcess.Messages.SUPERSEDED)
                .processInstanceId(process.getId()).correlate();

        assertThat(process).isEnded().hasPassedInOrder(AWAIT_LINK, SUPERSEDED_BOUNDARY, SUPERSEDED_END)
                .hasNotPassed(EXPIRE, NOTIFY_OLD_ADDRESS);
        verify(emailChange).sendLink(REQUEST);
        verifyNoMoreInteractions(emailChange);
    }

    @Test
    void warnsTheOwnerOfATakenAddressInsteadOfMailingALink() {
        ProcessInstance process = start(true);
        assertThat(process).isWaitingAt(SEND_ATTEMPT_NOTICE);

        execute(job(process));

        verify(emailChange).warnAddressOwner(REQUEST);
        verifyNoMoreInteractions(emailChange);
        assertThat(process).isEnded().hasPassedInOrder(SEND_ATTEMPT_NOTICE, OWNER_WARNED_END).hasNotPassed(SEND_LINK);
    }

    @Test
    void aMailOutageIsRetriedFiveTimesThenBecomesAnIncident() {
        doThrow(new MailSendException("SMTP down")).when(emailChange).sendLink(REQUEST);
        ProcessInstance process = start(false);

        assertThat(Diagrams.attemptsUntilIncident(process, SEND_LINK)).isEqualTo(5);
        assertThat(process).isWaitingAt(SEND_LINK);
    }

    private static ProcessInstance start(boolean addressTaken) {
        VariableMap variables = Variables.createVariables();
        EmailChangeProcess.Variables.EMAIL_CHANGE_ID.on(variables).set(REQUEST);
        EmailChangeProcess.Variables.NEW_ADDRESS_TAKEN.on(variables).set(addressTaken);
        return runtimeService().startProcessInstanceByKey(EmailChangeProcess.KEY, ACCOUNT.toString(), variables);
    }
}
