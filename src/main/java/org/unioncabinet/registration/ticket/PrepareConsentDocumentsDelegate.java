package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REGISTRY_MEMBER_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

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
                REGISTRY_MEMBER_ID.from(execution).get(), ADVERTISING_CONSENT.from(execution).getOrDefault(false));
        DOCUMENT_BATCH_ID.on(execution).set(prepared.batchId());
        PERSONAL_DATA_CONSENT_DOCUMENT_ID.on(execution).set(prepared.personalDataConsentId());
        ADVERTISING_CONSENT_DOCUMENT_ID.on(execution).set(prepared.advertisingConsentId());
        SIGNING_OUTCOME.remove(execution);
    }
}
