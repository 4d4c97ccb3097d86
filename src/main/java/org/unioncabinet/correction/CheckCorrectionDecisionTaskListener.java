package org.unioncabinet.correction;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Decision;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Рассмотрение заявления об изменении персональных данных»: Tasklist sends the reviewer's answer
 * straight to the engine, so it is checked here and recorded with the statement (what, by whom, when) in the same
 * transaction; a completion that changed anything but the answer is refused ({@link ReviewTaskSnapshots}), and so is
 * an approval the registry cannot take (no record of that ticket, or another member's). A refusal keeps the task
 * open; Tasklist shows the Russian message.
 */
@Component("checkCorrectionDecisionTaskListener")
class CheckCorrectionDecisionTaskListener implements TaskListener {

    static final int MAX_REASON = 1000;

    private final CorrectionStatements statements;
    private final ReviewTaskSnapshots snapshots;

    CheckCorrectionDecisionTaskListener(CorrectionStatements statements, ReviewTaskSnapshots snapshots) {
        this.statements = statements;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!snapshots.unchanged(task, PersonalDataCorrectionProcess.REVIEW_ANSWER)) {
            throw refused("Изменить можно только решение и причину отказа. "
                    + "Обновите страницу и примите решение ещё раз.");
        }
        Optional<Decision> decision = Variables.DECISION.find(task);
        if (decision.isEmpty()) {
            throw refused("Выберите решение: «Внести изменения» или «Отказать».");
        }
        String reason = Variables.REJECTION_REASON.find(task).orElse("");
        if (decision.get() == Decision.REJECT) {
            if (reason.isBlank()) {
                throw refused("Укажите причину отказа: её увидит заявитель.");
            }
            if (reason.length() > MAX_REASON || FormDataValidator.hasControlCharacters(reason)) {
                throw refused("Причина отказа — обычный текст не длиннее " + MAX_REASON + " знаков.");
            }
        }
        try {
            statements.decide(Variables.STATEMENT_ID.from(task).get(), decision.get(), reason.strip(), reviewer(task));
        } catch (CorrectionStatements.NotApplicable notApplicable) {
            throw refused(notApplicable.getMessage());
        }
        Variables.REJECTION_REASON.remove(task);
        snapshots.forget(task);
    }

    private static FormFieldValidationException refused(String message) {
        return new FormFieldValidationException(Variables.DECISION.getName(), message);
    }

    /** Who is signed in to Tasklist; null when the engine is called without a user (an operator's script). */
    private static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
