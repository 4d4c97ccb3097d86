package org.unioncabinet.registration.review;

import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/**
 * On completing «Рассмотрение заявления о вступлении в Профсоюз»: Tasklist sends the reviewer's answer straight
 * to the engine, past the portal's validation, so the decision is checked here. A refusal keeps the task open,
 * and Tasklist shows the Russian message to the reviewer. The reason goes to the member in a mail and on her
 * form, so it must be there, be of a sensible length and carry no control characters.
 */
@Component("checkDecisionTaskListener")
public class CheckDecisionTaskListener implements TaskListener {

    public static final int MAX_REASON = 1000;

    @Override
    public void notify(DelegateTask task) {
        Optional<Decision> decision = Variables.DECISION.find(task);
        if (decision.isEmpty()) {
            throw new ProcessEngineException("Выберите решение: «Принять в Профсоюз» или «Отказать».");
        }
        if (decision.get() == Decision.REJECT) {
            String text = Variables.REJECTION_REASON.find(task).orElse("");
            if (text.isBlank()) {
                throw new ProcessEngineException("Укажите причину отказа: её увидит заявитель.");
            }
            if (text.length() > MAX_REASON || FormDataValidator.hasControlCharacters(text)) {
                throw new ProcessEngineException("Причина отказа — обычный текст не длиннее " + MAX_REASON + " знаков.");
            }
        }
    }
}
