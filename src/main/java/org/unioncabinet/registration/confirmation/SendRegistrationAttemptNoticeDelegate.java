package org.unioncabinet.registration.confirmation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сообщить владельцу email». */
@Component("sendRegistrationAttemptNoticeDelegate")
public class SendRegistrationAttemptNoticeDelegate implements JavaDelegate {

    private final RegistrationAttemptNotice notice;

    public SendRegistrationAttemptNoticeDelegate(RegistrationAttemptNotice notice) {
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notice.send(RegistrationAttemptNoticeProcess.ownerId(execution));
    }
}
