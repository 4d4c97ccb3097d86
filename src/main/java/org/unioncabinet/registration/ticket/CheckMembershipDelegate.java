package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_CHECK;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_CHECKS_LEFT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_RETRY_AT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REGISTRY_MEMBER_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.TICKET_CHECK_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Проверить данные в АИС «Единый реестр»». */
@Component("checkMembershipDelegate")
public class CheckMembershipDelegate implements JavaDelegate {

    private final TicketVerification verification;
    private final MembershipLockout lockout;

    public CheckMembershipDelegate(TicketVerification verification, MembershipLockout lockout) {
        this.verification = verification;
        this.lockout = lockout;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketVerification.Outcome outcome = verification.check(RegistrationProcess.accountId(execution),
                TICKET_CHECK_ID.from(execution).get(), FAILED_MEMBERSHIP_CHECKS.from(execution).getOrDefault(0));
        MEMBERSHIP_CHECK.set(execution, outcome.result());
        FAILED_MEMBERSHIP_CHECKS.on(execution).set(outcome.failedChecks());
        MEMBERSHIP_CHECKS_LEFT.on(execution).set(verification.checksLeft(outcome.failedChecks()));
        REGISTRY_MEMBER_ID.on(execution).set(outcome.registryMemberId());
        if (outcome.result() == TicketVerification.Result.LOCKED_OUT) {
            MEMBERSHIP_RETRY_AT.on(execution).set(lockout.retryAtFromNow());
        }
    }
}
