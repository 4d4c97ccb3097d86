package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Сообщить номер электронного профсоюзного билета». */
@Component("notifyAdmissionDelegate")
public class NotifyAdmissionDelegate implements JavaDelegate {

    private final JoinNotices notices;

    public NotifyAdmissionDelegate(JoinNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.admitted(RegistrationProcess.Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
