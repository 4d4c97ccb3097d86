package org.unioncabinet.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.LocalTime;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.unioncabinet.system.CabinetProperties;

/** What every diagram test shares: the bare engine with its coverage check, and the operator's settings. */
public final class Diagrams {

    private Diagrams() {
    }

    /**
     * The diagram engine for one test class: every element and every flow of the diagrams it deploys must be walked
     * by the class's tests together, or the class fails. Diagrams it only calls (a sub-process tested on its own)
     * are left out by their process key.
     */
    public static ProcessEngineCoverageExtension engine(String... calledOnly) {
        return ProcessEngineCoverageExtension.builder("diagram-tests.cfg.xml")
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys(calledOnly)
                .build();
    }

    /** The defaults of application.yml, so timers are set as an operator would see them. */
    public static CabinetProperties properties() {
        return new CabinetProperties("http://localhost:8080",
                new CabinetProperties.Mail("confirmation@eseur.ru", "Общероссийский Профсоюз образования"),
                new CabinetProperties.Registration(Duration.ofDays(2), Duration.ofDays(7), Duration.ofHours(24),
                        Duration.ofSeconds(60)),
                new CabinetProperties.PasswordReset(Duration.ofHours(1), Duration.ofSeconds(60)),
                new CabinetProperties.Login(5, 30, Duration.ofSeconds(30), Duration.ofMinutes(15), 20, Duration.ofDays(1)),
                new CabinetProperties.Signing(Duration.ofMinutes(10), 5, 10, 20),
                new CabinetProperties.Membership(5, Duration.ofHours(1)),
                new CabinetProperties.Review(Duration.ofDays(3), Duration.ofDays(10), LocalTime.of(8, 0)));
    }

    /**
     * Runs a failing background step as the job executor would, ignoring the wait between retries, until the engine
     * gives up and raises an incident for Cockpit. @return how many times the step was tried
     */
    public static int attemptsUntilIncident(ProcessInstance process, String activityId) {
        int attempts = 0;
        while (runtimeService().createIncidentQuery().processInstanceId(process.getId()).count() == 0) {
            Job job = managementService().createJobQuery().processInstanceId(process.getId()).activityId(activityId)
                    .singleResult();
            if (job == null || attempts > 20) {
                throw new AssertionError("No incident at " + activityId + " after " + attempts + " attempts");
            }
            attempts++;
            try {
                managementService().executeJob(job.getId());
                throw new AssertionError(activityId + " did not fail");
            } catch (RuntimeException expected) {
                // the job failed and the engine counted it; the loop asks again
            }
        }
        return attempts;
    }
}
