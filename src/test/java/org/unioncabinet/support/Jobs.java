package org.unioncabinet.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.context.TestComponent;

/** Runs the engine's jobs for one member, as the job executor would (it is off in tests). */
@TestComponent
public class Jobs {

    private final ManagementService management;
    private final RuntimeService runtime;

    public Jobs(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /** Executes every job that is due now in the member's processes, until none is left. */
    public void runDue(String businessKey) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                    .flatMap(instance -> management.createJobQuery()
                            .processInstanceId(instance.getId())
                            .executable()
                            .list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep coming for " + businessKey);
    }
}
