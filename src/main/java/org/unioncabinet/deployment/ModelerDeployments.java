package org.unioncabinet.deployment;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Service;

/**
 * Deploys what an analyst sends from Camunda Modeler, after {@link ProcessChangeCheck}. Always as one
 * whole deployment: the diagram and its forms must be in the same deployment for
 * {@code formRefBinding="deployment"}, so per-file filtering ("deploy changed only", which Modeler asks
 * for) would leave unchanged forms out and the new version without forms. Sending exactly the same files
 * again changes nothing (whole-deployment duplicate filtering by name).
 */
@Service
public class ModelerDeployments {

    private final RepositoryService repository;
    private final IdentityService identity;
    private final ProcessChangeCheck check;

    public ModelerDeployments(RepositoryService repository, IdentityService identity, ProcessChangeCheck check) {
        this.repository = repository;
        this.identity = identity;
        this.check = check;
    }

    public DeploymentWithDefinitions deploy(String name, String source, List<DeploymentResource> resources, String user) {
        List<String> problems = check.problems(resources);
        if (!problems.isEmpty()) {
            throw new DeploymentRefusedException(problems);
        }
        DeploymentBuilder deployment = repository.createDeployment().name(name).source(source)
                .enableDuplicateFiltering(false);
        resources.forEach(resource -> deployment.addInputStream(resource.name(), new ByteArrayInputStream(resource.bytes())));
        // Deployed as the admin, so Cockpit's operation log says who shipped the change.
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return deployment.deployWithResult();
        } finally {
            identity.clearAuthentication();
        }
    }
}
