package org.unioncabinet.reviewer;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, once for every {@link ReviewedProcess} and under the reviewers' start-up lock (nodes starting together
 * take turns): the shared group may read each reviewed process's definition.
 */
@Component
class ReviewedProcessGrants implements ApplicationRunner {

    private final List<ReviewedProcess> processes;
    private final ReviewerGroups groups;
    private final ReviewerStartupLock startupLock;

    ReviewedProcessGrants(List<ReviewedProcess> processes, ReviewerGroups groups, ReviewerStartupLock startupLock) {
        this.processes = processes;
        this.groups = groups;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(() -> processes.forEach(process ->
                groups.grantShared(Resources.PROCESS_DEFINITION, process.processKey(), Permissions.READ)));
    }
}
