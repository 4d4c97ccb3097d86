package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.JOIN_APPLICATION_ID;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRecord;

/**
 * The data of «Заявление о вступлении в Профсоюз» is the member's {@link JoinApplication}: the process gets its id;
 * the form shown again («Изменить данные», a rejection) shows the application, and after a rejection its reason.
 */
@Component
class JoinApplicationStep implements StepRecord {

    private final JoinApplications applications;

    JoinApplicationStep(JoinApplications applications) {
        this.applications = applications;
    }

    @Override
    public String formId() {
        return JoinApplicationForm.ID;
    }

    @Override
    public Map<String, Object> load(UUID accountId, VariableMap process) {
        VariableMap values = JOIN_APPLICATION_ID.from(process).getOptional()
                .flatMap(applicationId -> applications.facts(accountId, applicationId))
                .map(JoinApplicationForm::values)
                .orElseGet(Variables::createVariables);
        applications.lastRejectionReason(accountId)
                .ifPresent(reason -> JoinApplicationForm.REJECTION_REASON.on(values).set(reason));
        return values;
    }

    @Override
    public VariableMap save(UUID accountId, VariableMap process, VariableMap values) {
        UUID applicationId = applications.saveDraft(accountId, JOIN_APPLICATION_ID.from(process).getOptional(),
                JoinApplicationForm.form(values));
        VariableMap routing = Variables.createVariables();
        JOIN_APPLICATION_ID.on(routing).set(applicationId);
        return routing;
    }
}
