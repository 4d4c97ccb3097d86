package org.unioncabinet.registration;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The member's registration process as the rest of the app sees it: started, told of the
 * confirmation, asked for a new link. Controllers never build correlations themselves.
 */
@Component
public class RegistrationJourney {

    private static final Duration POLL = Duration.ofMillis(100);

    private final RuntimeService runtime;

    public RegistrationJourney(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(UUID accountId) {
        runtime.startProcessInstanceByKey(RegistrationProcess.KEY, accountId.toString());
    }

    /**
     * Moves the journey past the e-mail confirmation; fails if it is not waiting for one. The link's mail leaves
     * from inside the job that then puts the journey into its wait, so a link followed at once may arrive a
     * moment before that job commits: wait for the journey to get there, as long as {@code patience} allows.
     */
    public void emailConfirmed(UUID accountId, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        try {
            while (!waitsForConfirmation(accountId) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runtime.createMessageCorrelation(RegistrationProcess.Messages.ACCOUNT_CONFIRMED)
                .processInstanceBusinessKey(accountId.toString())
                .correlateWithResult();
    }

    private boolean waitsForConfirmation(UUID accountId) {
        return runtime.createExecutionQuery()
                .processInstanceBusinessKey(accountId.toString())
                .messageEventSubscriptionName(RegistrationProcess.Messages.ACCOUNT_CONFIRMED)
                .count() > 0;
    }

    /** @return false when the journey is no longer waiting for a confirmation (already confirmed or expired) */
    public boolean requestNewConfirmationLink(UUID accountId) {
        boolean waiting = runtime.createExecutionQuery()
                .processInstanceBusinessKey(accountId.toString())
                .messageEventSubscriptionName(RegistrationProcess.Messages.CONFIRMATION_LINK_REQUESTED)
                .count() > 0;
        if (waiting) {
            runtime.createMessageCorrelation(RegistrationProcess.Messages.CONFIRMATION_LINK_REQUESTED)
                    .processInstanceBusinessKey(accountId.toString())
                    .correlateWithResult();
        }
        return waiting;
    }
}
