package org.unioncabinet.withdrawal;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.unioncabinet.forms.FormDataValidator;

/** What the complete listeners of a withdrawal's reviewer tasks share: refusals Tasklist shows, text checks, who. */
final class ReviewerAnswers {

    static final int MAX_TEXT = 2000;

    private ReviewerAnswers() {
    }

    /** Refused: Tasklist's {@code submit-form} answers 400 with the message, the task stays open. */
    static FormFieldValidationException refused(String field, String message) {
        return new FormFieldValidationException(field, message);
    }

    /** Plain text of at most {@link #MAX_TEXT} characters without control characters; empty when blank. */
    static Optional<String> text(Optional<String> value, String field, String what) {
        String text = value.orElse("").strip();
        if (text.length() > MAX_TEXT || FormDataValidator.hasControlCharacters(text)) {
            throw refused(field, what + " — обычный текст не длиннее " + MAX_TEXT + " знаков.");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Who is signed in to Tasklist; null when the engine is called without a user (an operator's script). */
    static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
