package org.unioncabinet.forms;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Where a member step's data is kept when it is part of the member's record: the feature's own table, not the
 * process. The portal writes the form's data through it in the transaction that completes the step, so the process
 * gets only the ids and flags that route it; and it reads the record back, so a form shown again (after a failed
 * check, «Изменить данные», a rejection) shows what the member typed. A Spring bean per Camunda Form whose data is
 * a record; the data of other forms goes to the process as it is (answers such as «Да», consents as flags).
 */
public interface StepRecord {

    /** The id of the Camunda Form (its {@code "id"}) whose data this is. */
    String formId();

    /**
     * @param process the variables of the step's process (the ids that say which record)
     * @return the form's values of the member's record, by field key; empty when there is none yet
     */
    Map<String, Object> load(UUID accountId, VariableMap process);

    /**
     * Keeps the form's data in the feature's table, in the transaction that completes the step.
     *
     * @param process the variables of the step's process
     * @param values  the form's data, checked against the form's own rules and its {@link StepRule}
     * @return the variables the process gets instead: ids and flags only
     */
    VariableMap save(UUID accountId, VariableMap process, VariableMap values);
}
