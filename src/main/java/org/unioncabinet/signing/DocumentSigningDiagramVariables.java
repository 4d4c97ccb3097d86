package org.unioncabinet.signing;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code document-signing.bpmn} that its expressions may read: those {@link DocumentSigningProcess} names. */
@Component
class DocumentSigningDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(DocumentSigningProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
