package org.unioncabinet.signing;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Who submitted a step, as the signature record needs it (63-ФЗ: proof of who signed). The portal adds it to every
 * completion of a member's task as transient variables: read by the task's listeners and delegates, never stored
 * by the engine.
 */
public record Submitter(String address, String userAgent) {

    static final VariableFactory<String> ADDRESS = stringVariable("submitterAddress");
    static final VariableFactory<String> USER_AGENT = stringVariable("submitterUserAgent");

    /** Who completed the task whose delegates run now; nulls where nobody said (a test, an operator). */
    public static Submitter of(VariableScope scope) {
        return new Submitter(ADDRESS.from(scope).getOrNull(), USER_AGENT.from(scope).getOrNull());
    }

    /** Adds this submitter to the variables a task is completed with, as transient ones. */
    public VariableMap addTo(VariableMap variables) {
        ADDRESS.on(variables).set(address, true);
        USER_AGENT.on(variables).set(userAgent, true);
        return variables;
    }
}
