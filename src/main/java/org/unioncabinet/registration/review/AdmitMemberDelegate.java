package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.joining.JoinApplications;

/**
 * Service task «Поставить на учёт и выдать электронный профсоюзный билет»: the registry record is built from the
 * signed application's row, never from anything a reviewer could have sent with the decision.
 */
@Component("admitMemberDelegate")
public class AdmitMemberDelegate implements JavaDelegate {

    private final JoinApplications applications;

    public AdmitMemberDelegate(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.admit(RegistrationProcess.Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
