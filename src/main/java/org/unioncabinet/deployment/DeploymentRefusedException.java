package org.unioncabinet.deployment;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment the cabinet will not take, with every reason in words an analyst acts on. A
 * {@link BadUserRequestException}, because the engine's REST API (the web apps' one too) answers those with 400 and
 * the message as it is.
 */
public class DeploymentRefusedException extends BadUserRequestException {

    private final List<String> problems;

    public DeploymentRefusedException(List<String> problems) {
        super("Развёртывание отклонено. " + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
