package org.unioncabinet.emailchange;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code email-change.bpmn} that its expressions may read: those {@link EmailChangeProcess} names. */
@Component
class EmailChangeDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(EmailChangeProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
