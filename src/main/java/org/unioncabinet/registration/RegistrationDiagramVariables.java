package org.unioncabinet.registration;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code registration.bpmn} that its expressions may read: those {@link RegistrationProcess} names. */
@Component
class RegistrationDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(RegistrationProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
