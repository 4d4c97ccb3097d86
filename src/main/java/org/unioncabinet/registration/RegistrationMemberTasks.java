package org.unioncabinet.registration;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/** The member's steps of processes/registration.bpmn, for the portal. */
@Component
class RegistrationMemberTasks implements MemberTasks {

    @Override
    public String processKey() {
        return RegistrationProcess.KEY;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return RegistrationProcess.MEMBER_STEPS;
    }
}
