package org.unioncabinet.registration.joining;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/** Service task «Передать заявление в АИС «Единый реестр»». */
@Component("submitJoinApplicationDelegate")
public class SubmitJoinApplicationDelegate implements JavaDelegate {

    private final JoinApplications applications;

    public SubmitJoinApplicationDelegate(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JoinApplications.Submitted submitted = applications.submit(RegistrationProcess.accountId(execution),
                JoinVariables.organisationId(execution),
                UUID.fromString((String) execution.getVariable(Variables.DOCUMENT_BATCH_ID)));
        execution.setVariable(Variables.REVIEWER_GROUP, submitted.reviewerGroup());
        execution.setVariable(Variables.ESCALATION_GROUP, submitted.escalationGroup());
        execution.setVariable(Variables.SUBMITTED_AT_TEXT, submitted.submittedAtText());
        // A new decision is made on this application; an earlier rejection no longer applies.
        execution.removeVariable(Variables.DECISION);
        execution.removeVariable(Variables.REJECTION_REASON);
    }
}
