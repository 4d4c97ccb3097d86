package org.unioncabinet.registration.ticket;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.TicketTakenException;

/**
 * Service task «Привязать личный кабинет к записи в реестре». Another account may have linked the record since this
 * member's check (both passed it, the other signed first): that is the member's situation, not an operator's, so it
 * leaves as the error TICKET_TAKEN, which the diagram turns into a page telling the member what happened.
 */
@Component("linkMembershipDelegate")
public class LinkMembershipDelegate implements JavaDelegate {

    private final MembershipCheck registry;

    public LinkMembershipDelegate(MembershipCheck registry) {
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            registry.link(RegistrationProcess.accountId(execution),
                    RegistrationProcess.Variables.REGISTRY_MEMBER_ID.from(execution).get());
        } catch (TicketTakenException taken) {
            throw new BpmnError(RegistrationProcess.Errors.TICKET_TAKEN, taken.getMessage());
        }
    }
}
