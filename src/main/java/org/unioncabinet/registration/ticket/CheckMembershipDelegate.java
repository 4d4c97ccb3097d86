package org.unioncabinet.registration.ticket;

import org.unioncabinet.registration.RegistrationProcess;

import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FIRST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.LAST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MEMBERSHIP_CHECK;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MIDDLE_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.REGISTRY_MEMBER_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.TICKET_NUMBER;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
        MembershipClaim claim = new MembershipClaim((String) execution.getVariable(LAST_NAME),
                (String) execution.getVariable(FIRST_NAME), (String) execution.getVariable(MIDDLE_NAME),
                LocalDate.parse((String) execution.getVariable(BIRTH_DATE)),
                (String) execution.getVariable(TICKET_NUMBER));
        Integer failedSoFar = (Integer) execution.getVariable(FAILED_MEMBERSHIP_CHECKS);
        TicketVerification.Outcome outcome = verification.check(RegistrationProcess.accountId(execution), claim,
                failedSoFar == null ? 0 : failedSoFar);
        execution.setVariable(MEMBERSHIP_CHECK, outcome.result().name());
        execution.setVariable(FAILED_MEMBERSHIP_CHECKS, outcome.failedChecks());
        execution.setVariable(REGISTRY_MEMBER_ID,
                outcome.registryMemberId() == null ? null : outcome.registryMemberId().toString());
    }
}
