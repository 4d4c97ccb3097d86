package org.unioncabinet.registration.migration;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a running instance onto the latest version of its diagram with the engine's migration API (every element
 * mapped to the one of the same id, timers and messages with it). A journey of an earlier version otherwise finishes on
 * that version's forms and paths: after an upgrade that moved the record out of the process, its review form would show
 * variables that are gone, and a ticket taken while signing would have nowhere to go. An instance waiting somewhere
 * the latest version no longer has stays where it is, and is reported.
 */
@Component
class LatestVersions {

    private static final Logger log = LoggerFactory.getLogger(LatestVersions.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final Map<String, MigrationPlan> plans = new HashMap<>();

    LatestVersions(RepositoryService repository, RuntimeService runtime, TransactionTemplate transaction) {
        this.repository = repository;
        this.runtime = runtime;
        this.transaction = transaction;
    }

    enum Result {
        ALREADY_LATEST, MOVED, LEFT
    }

    /** In a transaction of its own, so that a refusal leaves the instance as it was. */
    Result moveToLatest(ProcessInstance instance) {
        Optional<MigrationPlan> plan = planFor(instance.getProcessDefinitionId());
        if (plan.isEmpty()) {
            return Result.ALREADY_LATEST;
        }
        try {
            transaction.executeWithoutResult(status -> runtime.newMigration(plan.get())
                    .processInstanceIds(instance.getId()).skipCustomListeners().execute());
            return Result.MOVED;
        } catch (ProcessEngineException refused) {
            log.warn("Instance {} stays on {}: {}", instance.getId(), instance.getProcessDefinitionId(),
                    refused.getMessage());
            return Result.LEFT;
        }
    }

    private Optional<MigrationPlan> planFor(String definitionId) {
        ProcessDefinition source = repository.getProcessDefinition(definitionId);
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(source.getKey())
                .latestVersion().singleResult();
        if (latest.getId().equals(source.getId())) {
            return Optional.empty();
        }
        return Optional.of(plans.computeIfAbsent(source.getId() + " " + latest.getId(), key -> runtime
                .createMigrationPlan(source.getId(), latest.getId()).mapEqualActivities().updateEventTriggers().build()));
    }
}
