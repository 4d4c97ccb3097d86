package org.unioncabinet.registration.review;

import org.unioncabinet.registration.joining.JoinApplications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Сообщить об отказе»: the application is marked rejected and the member told why. */
@Component("notifyRejectionDelegate")
public class NotifyRejectionDelegate implements JavaDelegate {

    private final JoinApplications applications;
    private final JoinNotices notices;

    public NotifyRejectionDelegate(JoinApplications applications, JoinNotices notices) {
        this.applications = applications;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = RegistrationProcess.Variables.REJECTION_REASON.find(execution).orElse(null);
        applications.reject(RegistrationProcess.accountId(execution), reason);
        notices.rejected(RegistrationProcess.accountId(execution), reason);
    }
}
