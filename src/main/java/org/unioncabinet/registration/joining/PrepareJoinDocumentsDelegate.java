package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.APPLICANT_EMAIL;
import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE_TEXT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EDUCATIONAL_ORGANISATION_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EDUCATIONAL_ORGANISATION_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EMPLOYMENT_TYPE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EMPLOYMENT_TYPE_LABEL;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FIRST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.GENDER;
import static org.unioncabinet.registration.RegistrationProcess.Variables.GENDER_LABEL;
import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.LAST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MIDDLE_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PHONE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNER_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.SIGNING_OUTCOME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.UNIT;

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
        JoinApplications.JoinForm form = new JoinApplications.JoinForm(LAST_NAME.from(execution).get(),
                FIRST_NAME.from(execution).get(), MIDDLE_NAME.from(execution).getOrNull(),
                GENDER.from(execution).get(), BIRTH_DATE.get(execution), PHONE.from(execution).get(),
                EDUCATIONAL_ORGANISATION_ID.get(execution), UNIT.from(execution).getOrNull(),
                EMPLOYMENT_TYPE.from(execution).get(), ADVERTISING_CONSENT.from(execution).getOrDefault(false));
        JoinApplications.Prepared prepared = applications.prepareDocuments(RegistrationProcess.accountId(execution), form);
        DOCUMENT_BATCH_ID.on(execution).set(prepared.batchId());
        JOIN_APPLICATION_DOCUMENT_ID.on(execution).set(prepared.joinApplicationId());
        PERSONAL_DATA_CONSENT_DOCUMENT_ID.on(execution).set(prepared.personalDataConsentId());
        ADVERTISING_CONSENT_DOCUMENT_ID.on(execution).set(prepared.advertisingConsentId());
        SIGNER_NAME.on(execution).set(prepared.signerName());
        PHONE.on(execution).set(prepared.phone());
        BIRTH_DATE_TEXT.on(execution).set(prepared.display().birthDate());
        GENDER_LABEL.on(execution).set(prepared.display().genderLabel());
        EMPLOYMENT_TYPE_LABEL.on(execution).set(prepared.display().employmentTypeLabel());
        EDUCATIONAL_ORGANISATION_NAME.on(execution).set(prepared.display().educationalOrganisationName());
        APPLICANT_EMAIL.on(execution).set(prepared.display().applicantEmail());
        SIGNING_OUTCOME.remove(execution);
    }
}
