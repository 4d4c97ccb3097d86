package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_RETRY_AT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сбросить счётчик попыток», after the lockout wait. */
@Component("resetMembershipChecksDelegate")
public class ResetMembershipChecksDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        startCountAgain(execution);
    }

    /** The wait is over: a full set of checks again. */
    static void startCountAgain(DelegateExecution execution) {
        FAILED_MEMBERSHIP_CHECKS.on(execution).set(0);
        MEMBERSHIP_RETRY_AT.on(execution).remove();
    }
}
