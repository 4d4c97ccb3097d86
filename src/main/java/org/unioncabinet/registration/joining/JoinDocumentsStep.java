package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_ID;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRecord;

/** «Проверка данных заявления» shows the application the documents were made from, read from its row. */
@Component
class JoinDocumentsStep implements StepRecord {

    private final JoinApplications applications;

    JoinDocumentsStep(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public String formId() {
        return JoinApplicationForm.DOCUMENTS_REVIEW_ID;
    }

    @Override
    public Map<String, Object> load(UUID accountId, VariableMap process) {
        return JOIN_APPLICATION_ID.from(process).getOptional()
                .flatMap(applicationId -> applications.facts(accountId, applicationId))
                .<Map<String, Object>>map(JoinApplicationForm::review)
                .orElse(Map.of());
    }

    /** The form has no fields: reading it and pressing «Подписать документы» is the step. */
    @Override
    public VariableMap save(UUID accountId, VariableMap process, VariableMap values) {
        return values;
    }
}
