package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.TICKET_CHECK_ID;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRecord;

/**
 * The data of «Проверить данные» is the member's {@link TicketCheck}: the process gets its id, and a form shown
 * again after a failed check shows what was typed.
 */
@Component
class TicketDataStep implements StepRecord {

    private final TicketVerification verification;

    TicketDataStep(TicketVerification verification) {
        this.verification = verification;
    }

    @Override
    public String formId() {
        return TicketDataForm.ID;
    }

    @Override
    public Map<String, Object> load(UUID accountId, VariableMap process) {
        return TICKET_CHECK_ID.from(process).getOptional()
                .flatMap(checkId -> verification.typedBy(accountId, checkId))
                .<Map<String, Object>>map(TicketDataForm::values)
                .orElse(Map.of());
    }

    @Override
    public VariableMap save(UUID accountId, VariableMap process, VariableMap values) {
        VariableMap routing = Variables.createVariables();
        TICKET_CHECK_ID.on(routing).set(verification.typed(accountId, TicketDataForm.claim(values)));
        return routing;
    }
}
