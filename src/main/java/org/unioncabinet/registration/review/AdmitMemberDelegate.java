package org.unioncabinet.registration.review;

import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registration.joining.JoinVariables;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/** Service task «Поставить на учёт и выдать электронный профсоюзный билет». */
@Component("admitMemberDelegate")
public class AdmitMemberDelegate implements JavaDelegate {

    private final JoinApplications applications;

    public AdmitMemberDelegate(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticket = applications.admit(RegistrationProcess.accountId(execution),
                JoinVariables.text(execution, Variables.LAST_NAME), JoinVariables.text(execution, Variables.FIRST_NAME),
                JoinVariables.text(execution, Variables.MIDDLE_NAME),
                LocalDate.parse(JoinVariables.text(execution, Variables.BIRTH_DATE)),
                JoinVariables.organisationId(execution));
        execution.setVariable(Variables.TICKET_NUMBER, ticket);
    }
}
