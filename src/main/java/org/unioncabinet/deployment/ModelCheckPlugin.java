package org.unioncabinet.deployment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * Checks every new deployment of BPMN and DMN, whatever the way in: the diagrams of {@code processes/} at start-up,
 * Modeler's {@code /engine-rest/deployment/create}, the web apps' own engine API
 * ({@code /camunda/api/engine/engine/default/deployment/create}, open to a Camunda admin's session), a direct
 * {@code RepositoryService} deployment. A refused deployment leaves nothing behind and the caller gets a
 * {@link DeploymentRefusedException} (400 with its Russian message from either REST API).
 *
 * <p>It is a deployer placed before the engine's own ones rather than a BPMN parse listener: a parse listener does
 * not know which file it parses, and an exception from it or from a DMN transform listener reaches the caller
 * wrapped in the engine's English message (ENGINE-01009, ENGINE-22004), for DMN without ours at all
 * (docs/adr/0012-model-check-as-the-engines-first-deployer.md). It reads each file with the engine's own parsers.
 * The Camunda Spring Boot starter hands every {@code ProcessEnginePlugin} bean to the engine.
 */
@Component
public class ModelCheckPlugin extends AbstractProcessEnginePlugin {

    private final ModelCheck check;

    ModelCheckPlugin(ModelCheck check) {
        this.check = check;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        deployers.add(new NewDeploymentCheck(check, configuration));
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
    }
}
