package org.unioncabinet.withdrawal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/** The member's step of processes/consent-withdrawal.bpmn, for the portal. */
@Component
class ConsentWithdrawalMemberTasks implements MemberTasks {

    @Override
    public String processKey() {
        return ConsentWithdrawalProcess.KEY;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return ConsentWithdrawalProcess.MEMBER_STEPS;
    }
}
