package org.unioncabinet.registration.review;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Рассмотрение заявления о вступлении в Профсоюз»: Tasklist sends the reviewer's answer straight
 * to the engine, past the portal's validation, so the decision is checked here, then recorded with the application
 * (what, by whom, when) in the same transaction. Anything else the completion would change (Tasklist accepts any
 * variable) refuses it ({@link ReviewTaskSnapshots}). A refusal keeps the task open, and Tasklist shows the Russian
 * message to the reviewer. The reason goes to the member in a mail and on her form, so it must be there, be of a
 * sensible length and carry no control characters; it lives in the application's row, not in the process.
 */
@Component("checkDecisionTaskListener")
public class CheckDecisionTaskListener implements TaskListener {

    public static final int MAX_REASON = 1000;

    private final JoinApplications applications;
    private final ReviewTaskSnapshots snapshots;

    public CheckDecisionTaskListener(JoinApplications applications, ReviewTaskSnapshots snapshots) {
        this.applications = applications;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!snapshots.unchanged(task, RegistrationProcess.REVIEW_ANSWER)) {
            throw refused("Изменить можно только решение и причину отказа. "
                    + "Обновите страницу и примите решение ещё раз.");
        }
        Optional<Decision> decision = Variables.DECISION.find(task);
        if (decision.isEmpty()) {
            throw refused("Выберите решение: «Принять в Профсоюз» или «Отказать».");
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
        applications.decide(Variables.JOIN_APPLICATION_ID.from(task).get(), decision.get(), reason.strip(),
                reviewer(task));
        Variables.REJECTION_REASON.remove(task);
        snapshots.forget(task);
    }

    /**
     * The reviewer's answer is refused: Tasklist's {@code submit-form} answers 400 with the message, the task stays
     * open, and the log gets one line ({@code system.ExpectedRefusals}).
     */
    private static FormFieldValidationException refused(String message) {
        return new FormFieldValidationException(Variables.DECISION.getName(), message);
    }

    /** Who is signed in to Tasklist; null when the engine is called without a user (an operator's script). */
    private static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
