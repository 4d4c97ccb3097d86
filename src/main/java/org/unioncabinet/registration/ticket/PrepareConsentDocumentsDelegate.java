package org.unioncabinet.registration.ticket;

import org.unioncabinet.registration.RegistrationProcess;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REGISTRY_MEMBER_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNER_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNING_OUTCOME;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сформировать документы для подписи» (variant 1: the consents). */
@Component("prepareConsentDocumentsDelegate")
public class PrepareConsentDocumentsDelegate implements JavaDelegate {

    private final ConsentDocuments consentDocuments;

    public PrepareConsentDocumentsDelegate(ConsentDocuments consentDocuments) {
        this.consentDocuments = consentDocuments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConsentDocuments.Prepared prepared = consentDocuments.prepare(RegistrationProcess.accountId(execution),
                UUID.fromString((String) execution.getVariable(REGISTRY_MEMBER_ID)),
                Boolean.TRUE.equals(execution.getVariable(ADVERTISING_CONSENT)));
        execution.setVariable(DOCUMENT_BATCH_ID, prepared.batchId().toString());
        execution.setVariable(PERSONAL_DATA_CONSENT_DOCUMENT_ID, prepared.personalDataConsentId().toString());
        execution.setVariable(ADVERTISING_CONSENT_DOCUMENT_ID,
                prepared.advertisingConsentId() == null ? null : prepared.advertisingConsentId().toString());
        execution.setVariable(SIGNER_NAME, prepared.signerName());
        execution.removeVariable(SIGNING_OUTCOME);
    }
}
