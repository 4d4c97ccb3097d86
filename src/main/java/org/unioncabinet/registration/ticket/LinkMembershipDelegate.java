package org.unioncabinet.registration.ticket;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registry.MembershipCheck;

/**
 * Service task «Привязать личный кабинет к записи в реестре». Should another account have taken the
 * record in the meantime, the job fails and ends as an incident for an operator to look at.
 */
@Component("linkMembershipDelegate")
public class LinkMembershipDelegate implements JavaDelegate {

    private final MembershipCheck registry;

    public LinkMembershipDelegate(MembershipCheck registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registry.link(RegistrationProcess.accountId(execution),
                RegistrationProcess.Variables.REGISTRY_MEMBER_ID.from(execution).get());
    }
}
