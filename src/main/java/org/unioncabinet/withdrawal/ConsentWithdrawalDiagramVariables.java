package org.unioncabinet.withdrawal;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code consent-withdrawal.bpmn} that its expressions may read: those the facade names. */
@Component
class ConsentWithdrawalDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(ConsentWithdrawalProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
