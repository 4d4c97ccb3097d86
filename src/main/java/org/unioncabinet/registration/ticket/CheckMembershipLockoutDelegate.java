package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_LOCKOUT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_RETRY_AT;

import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task «Узнать, идёт ли ожидание повторной проверки», on «Да»: a member who left the wait for the join form
 * and answers «Да» again goes back to the same wait while it runs; once it is over the count starts again here, as
 * the wait's own timer would have done.
 */
@Component("checkMembershipLockoutDelegate")
public class CheckMembershipLockoutDelegate implements JavaDelegate {

    private final MembershipLockout lockout;

    public CheckMembershipLockoutDelegate(MembershipLockout lockout) {
        this.lockout = lockout;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Date> retryAt = MEMBERSHIP_RETRY_AT.from(execution).getOptional();
        MembershipLockout.State state = lockout.state(retryAt.orElse(null));
        if (state == MembershipLockout.State.OPEN && retryAt.isPresent()) {
            ResetMembershipChecksDelegate.startCountAgain(execution);
        }
        MEMBERSHIP_LOCKOUT.set(execution, state);
    }
}
