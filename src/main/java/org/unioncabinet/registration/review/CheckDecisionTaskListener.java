package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.FormDataValidator;
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
        Object decision = task.getVariable(Variables.DECISION);
        if (!"approve".equals(decision) && !"reject".equals(decision)) {
            throw new ProcessEngineException("Выберите решение: «Принять в Профсоюз» или «Отказать».");
        }
        if ("reject".equals(decision)) {
            Object reason = task.getVariable(Variables.REJECTION_REASON);
            if (!(reason instanceof String text) || text.isBlank()) {
                throw new ProcessEngineException("Укажите причину отказа: её увидит заявитель.");
            }
            if (text.length() > MAX_REASON || FormDataValidator.hasControlCharacters(text)) {
                throw new ProcessEngineException("Причина отказа — обычный текст не длиннее " + MAX_REASON + " знаков.");
            }
        }
    }
}
