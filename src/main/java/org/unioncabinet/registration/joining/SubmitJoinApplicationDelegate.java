package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.DECISION;
import static org.unioncabinet.registration.RegistrationProcess.Variables.ESCALATION_GROUP;
import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REVIEWER_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

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
                JOIN_APPLICATION_ID.from(execution).get());
        REVIEWER_GROUP.on(execution).set(submitted.reviewerGroup());
        ESCALATION_GROUP.on(execution).set(submitted.escalationGroup());
        // A new decision is made on this application; an earlier rejection no longer applies.
        DECISION.remove(execution);
    }
}
