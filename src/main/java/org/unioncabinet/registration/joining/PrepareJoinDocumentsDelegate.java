package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Сформировать заявление и согласия». */
@Component("prepareJoinDocumentsDelegate")
public class PrepareJoinDocumentsDelegate implements JavaDelegate {

    private final JoinApplications applications;

    public PrepareJoinDocumentsDelegate(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JoinApplications.Prepared prepared = applications.prepareDocuments(RegistrationProcess.accountId(execution),
                JOIN_APPLICATION_ID.from(execution).get());
        DOCUMENT_BATCH_ID.on(execution).set(prepared.batchId());
        JOIN_APPLICATION_DOCUMENT_ID.on(execution).set(prepared.joinApplicationId());
        PERSONAL_DATA_CONSENT_DOCUMENT_ID.on(execution).set(prepared.personalDataConsentId());
        ADVERTISING_CONSENT_DOCUMENT_ID.on(execution).set(prepared.advertisingConsentId());
        SIGNING_OUTCOME.remove(execution);
    }
}
