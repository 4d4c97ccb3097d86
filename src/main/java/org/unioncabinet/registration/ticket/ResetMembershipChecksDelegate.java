package org.unioncabinet.registration.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Сбросить счётчик попыток», after the lockout wait. */
@Component("resetMembershipChecksDelegate")
public class ResetMembershipChecksDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS.on(execution).set(0);
    }
}
