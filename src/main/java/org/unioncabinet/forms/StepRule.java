package org.unioncabinet.forms;

import java.util.Map;

/**
 * Business checks on one Camunda Form's data, beyond what the form itself declares (a plausible date
 * of birth, say). A Spring bean per form; the portal runs it after the form's own rules passed.
 */
public interface StepRule {

    /** The id of the Camunda Form (its {@code "id"}) this rule belongs to. */
    String formId();

    /** @return Russian messages by field key; empty when the data is acceptable */
    Map<String, String> check(Map<String, Object> values);
}
