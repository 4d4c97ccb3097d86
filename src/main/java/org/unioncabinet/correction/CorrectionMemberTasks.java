package org.unioncabinet.correction;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/** The member's steps of processes/personal-data-correction.bpmn, for the portal. */
@Component
class CorrectionMemberTasks implements MemberTasks {

    @Override
    public String processKey() {
        return PersonalDataCorrectionProcess.KEY;
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return PersonalDataCorrectionProcess.MEMBER_STEPS;
    }
}
