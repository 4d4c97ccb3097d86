package org.unioncabinet.deployment;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * The engine's first deployer: it refuses a new deployment before the BPMN and DMN deployers parse, store or cache
 * anything of it. The engine runs its deployers for two reasons, told apart by {@link DeploymentEntity#isNew()}:
 * a deployment being made ({@code DeployCmd} sets it), and a deployed definition loaded again into the cache (after
 * a restart or when the cache dropped it; {@code ResourceDefinitionCache} clears it). Only the first is checked, so
 * what was deployed before the check existed keeps running.
 */
final class NewDeploymentCheck implements Deployer {

    private final ModelCheck check;
    private final ProcessEngineConfigurationImpl engine;

    NewDeploymentCheck(ModelCheck check, ProcessEngineConfigurationImpl engine) {
        this.check = check;
        this.engine = engine;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;
        }
        List<DeploymentResource> files = deployment.getResources().values().stream()
                .map(resource -> new DeploymentResource(resource.getName(), resource.getBytes())).toList();
        List<String> problems = check.problems(files, DmnDefaults.of(engine), deployment.isValidatingSchema());
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
    }
}
