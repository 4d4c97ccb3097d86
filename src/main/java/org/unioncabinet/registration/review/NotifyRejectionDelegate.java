package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Сообщить об отказе»: the member is told why (the decision was recorded when it was made). */
@Component("notifyRejectionDelegate")
public class NotifyRejectionDelegate implements JavaDelegate {

    private final JoinNotices notices;

    public NotifyRejectionDelegate(JoinNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.rejected(RegistrationProcess.Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
