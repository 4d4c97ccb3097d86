package org.unioncabinet.correction;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code personal-data-correction.bpmn} its expressions may read: those the facade names. */
@Component
class CorrectionDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(PersonalDataCorrectionProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
