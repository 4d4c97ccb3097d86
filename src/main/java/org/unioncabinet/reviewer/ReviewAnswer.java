package org.unioncabinet.reviewer;

import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.system.TextVariable;

/**
 * A reviewer's answer to a statement, as Tasklist sends it straight to the engine, past the portal's validation:
 * checked in the review task's complete listener of every process (join applications, correction statements). A
 * completion that changed anything but the answer ({@link ReviewTaskSnapshots}), no decision, or a rejection without
 * a sensible reason (the member reads it in a mail and in the cabinet) is refused with a Russian message: the task
 * stays open, and Tasklist shows the message.
 *
 * @param reason stripped; recorded only with a rejection
 */
public record ReviewAnswer<D>(D decision, String reason) {

    public static final int MAX_REASON = 1000;

    /**
     * @param answer      the variables the review form may set
     * @param choose      what the reviewer is told when no decision was chosen
     * @throws FormFieldValidationException the refusal, at the decision's field
     */
    public static <D> ReviewAnswer<D> check(ReviewTaskSnapshots snapshots, DelegateTask task, Set<String> answer,
            TextVariable<D> decision, D reject, TextVariable<String> reason, String choose) {
        if (!snapshots.unchanged(task, answer)) {
            throw refused(decision, "Изменить можно только решение и причину отказа. "
                    + "Обновите страницу и примите решение ещё раз.");
        }
        Optional<D> decided = decision.find(task);
        if (decided.isEmpty()) {
            throw refused(decision, choose);
        }
        String text = reason.find(task).orElse("");
        if (decided.get().equals(reject)) {
            if (text.isBlank()) {
                throw refused(decision, "Укажите причину отказа: её увидит заявитель.");
            }
            if (text.length() > MAX_REASON || FormDataValidator.hasControlCharacters(text)) {
                throw refused(decision, "Причина отказа — обычный текст не длиннее " + MAX_REASON + " знаков.");
            }
        }
        return new ReviewAnswer<>(decided.get(), text.strip());
    }

    /**
     * The answer is refused: Tasklist's {@code submit-form} answers 400 with the message, the task stays open, and the
     * log gets one line ({@code system.ExpectedRefusals}).
     */
    public static FormFieldValidationException refused(TextVariable<?> decision, String message) {
        return new FormFieldValidationException(decision.getName(), message);
    }

    /** Who is signed in to Tasklist; null when the engine is called without a user (an operator's script). */
    public static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
