package org.unioncabinet.deployment;

import java.util.List;

/** A deployment the cabinet will not take, with every reason in words an analyst acts on. */
public class DeploymentRefusedException extends RuntimeException {

    private final List<String> problems;

    public DeploymentRefusedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
