package org.unioncabinet.registration.review;

import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EDUCATIONAL_ORGANISATION_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FIRST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.LAST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MIDDLE_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.TICKET_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.joining.JoinApplications;

/** Service task «Поставить на учёт и выдать электронный профсоюзный билет». */
@Component("admitMemberDelegate")
public class AdmitMemberDelegate implements JavaDelegate {

    private final JoinApplications applications;

    public AdmitMemberDelegate(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = applications.admit(RegistrationProcess.accountId(execution), LAST_NAME.from(execution).get(),
                FIRST_NAME.from(execution).get(), MIDDLE_NAME.from(execution).getOrNull(), BIRTH_DATE.get(execution),
                EDUCATIONAL_ORGANISATION_ID.get(execution));
        TICKET_NUMBER.on(execution).set(ticket);
    }
}
