package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FIRST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.LAST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_CHECK;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MIDDLE_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REGISTRY_MEMBER_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.TICKET_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registry.MembershipClaim;

/** Service task «Проверить данные в АИС «Единый реестр»». */
@Component("checkMembershipDelegate")
public class CheckMembershipDelegate implements JavaDelegate {

    private final TicketVerification verification;

    public CheckMembershipDelegate(TicketVerification verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MembershipClaim claim = new MembershipClaim(LAST_NAME.from(execution).get(), FIRST_NAME.from(execution).get(),
                MIDDLE_NAME.from(execution).getOrNull(), BIRTH_DATE.get(execution), TICKET_NUMBER.from(execution).get());
        TicketVerification.Outcome outcome = verification.check(RegistrationProcess.accountId(execution), claim,
                FAILED_MEMBERSHIP_CHECKS.from(execution).getOrDefault(0));
        MEMBERSHIP_CHECK.set(execution, outcome.result());
        FAILED_MEMBERSHIP_CHECKS.on(execution).set(outcome.failedChecks());
        REGISTRY_MEMBER_ID.on(execution).set(outcome.registryMemberId());
    }
}
