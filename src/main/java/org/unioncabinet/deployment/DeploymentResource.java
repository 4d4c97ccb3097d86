package org.unioncabinet.deployment;

import java.nio.charset.StandardCharsets;

/** One file of a deployment, as Modeler sends it or the engine holds it: its file name and bytes. */
public record DeploymentResource(String name, byte[] bytes) {

    public boolean isDiagram() {
        return name.endsWith(".bpmn");
    }

    public boolean isDecisionTable() {
        return name.endsWith(".dmn");
    }

    public boolean isForm() {
        return name.endsWith(".form");
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
