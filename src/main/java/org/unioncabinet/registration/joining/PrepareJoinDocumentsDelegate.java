package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PHONE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNER_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNING_OUTCOME;

import java.util.UUID;

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
                JoinVariables.form(execution));
        execution.setVariable(DOCUMENT_BATCH_ID, prepared.batchId().toString());
        execution.setVariable(JOIN_APPLICATION_DOCUMENT_ID, prepared.joinApplicationId().toString());
        execution.setVariable(PERSONAL_DATA_CONSENT_DOCUMENT_ID, prepared.personalDataConsentId().toString());
        execution.setVariable(ADVERTISING_CONSENT_DOCUMENT_ID, idOrNull(prepared.advertisingConsentId()));
        execution.setVariable(SIGNER_NAME, prepared.signerName());
        execution.setVariable(PHONE, prepared.phone());
        prepared.display().forEach(execution::setVariable);
        execution.removeVariable(SIGNING_OUTCOME);
    }

    private static String idOrNull(UUID id) {
        return id == null ? null : id.toString();
    }
}
