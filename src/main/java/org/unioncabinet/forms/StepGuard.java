package org.unioncabinet.forms;

import java.util.Optional;
import java.util.UUID;

/**
 * A limit on what a member's step sets off when it is completed, or when one of its action buttons is pressed (a
 * mailed code, say). The portal asks it after the data passed the form's own rules and its {@link StepRule}, and
 * before the task is completed or the button's message correlated: a refused member gets a Russian message at the
 * form, and the process never sees the click, so a limit is never a failing job. A Spring bean per Camunda Form; the
 * rule it applies lives in its feature's service.
 */
public interface StepGuard {

    /** The id of the Camunda Form (its {@code "id"}) whose step this guards. */
    String formId();

    /**
     * @param clientAddress where the submission comes from, for limits per client
     * @return the member's message when the step may not be completed now; empty when it may, and then whatever it
     *         sets off is counted
     */
    Optional<String> beforeSubmit(UUID accountId, String clientAddress);

    /**
     * @param message the button's message ({@code memberAction:<message>} on the user task)
     * @return the member's message when the button may not be pressed now; empty when it may
     */
    default Optional<String> beforeAction(UUID accountId, String message, String clientAddress) {
        return Optional.empty();
    }

    /**
     * What the step's page says before the member clicks: a limit already reached, so nobody types in vain. Counts
     * nothing.
     */
    default Optional<String> notice(UUID accountId) {
        return Optional.empty();
    }
}
