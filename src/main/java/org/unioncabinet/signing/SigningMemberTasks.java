package org.unioncabinet.signing;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/** The member's step of processes/document-signing.bpmn, for the portal. */
@Component
class SigningMemberTasks implements MemberTasks {

    @Override
    public String processKey() {
        return DocumentSigningProcess.KEY;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return DocumentSigningProcess.MEMBER_STEPS;
    }
}
