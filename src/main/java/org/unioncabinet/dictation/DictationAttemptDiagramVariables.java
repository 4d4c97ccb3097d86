package org.unioncabinet.dictation;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramVariables;

/** The variables of {@code dictation-attempt.bpmn} its expressions may read: those {@link DictationAttemptProcess} names. */
@Component
class DictationAttemptDiagramVariables implements DiagramVariables {

    private final DiagramVariables declared = DiagramVariables.declaredIn(DictationAttemptProcess.Variables.class);

    @Override
    public Set<String> names() {
        return declared.names();
    }
}
