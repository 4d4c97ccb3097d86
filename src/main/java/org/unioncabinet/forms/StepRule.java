package org.unioncabinet.forms;

import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Business checks on one Camunda Form's data, beyond what the form itself declares (a plausible date
 * of birth, say). A Spring bean per form; the portal runs it after the form's own rules passed.
 */
public interface StepRule {

    /** The id of the Camunda Form (its {@code "id"}) this rule belongs to. */
    String formId();

    /**
     * @param values the form's data, already checked against the form's own rules and typed, as it will enter the
     *               process: read it through the process's typed variables
     * @return Russian messages by field key; empty when the data is acceptable
     */
    Map<String, String> check(VariableMap values);
}
