package org.unioncabinet.dictation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * The award decisions an edition may name: a decision deployed with the attempt's process (its business rule task
 * binds to its own deployment, so a decision deployed alone from Camunda Modeler is not one of them), which gives an
 * award the record knows for every score share from 0 to 100 %. Checked when the edition is imported, so a wrong
 * table is refused with the file's line instead of stopping every attempt at «Записать награду» on the closing day.
 */
@Service
class AwardDecisions {

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final Map<String, Optional<String>> checked = new ConcurrentHashMap<>();

    AwardDecisions(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    /** What is wrong with the decision for an edition, in the operator's words; empty when attempts can use it. */
    Optional<String> problem(String key) {
        if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]{0,99}")) {
            return Optional.of("таблица наград «" + key + "»: укажите идентификатор решения (Decision ID) из файла "
                    + ".dmn в processes/, например " + DictationCsv.DEFAULT_AWARD_DECISION);
        }
        ProcessDefinition process = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DictationAttemptProcess.KEY).latestVersion().singleResult();
        if (process == null) {
            return Optional.of("процесс участия в диктанте не развёрнут: запустите приложение целиком");
        }
        List<DecisionDefinition> deployed = repository.createDecisionDefinitionQuery()
                .deploymentId(process.getDeploymentId()).list();
        Optional<DecisionDefinition> decision = deployed.stream().filter(found -> found.getKey().equals(key)).findFirst();
        if (decision.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            deployed.forEach(found -> known.add(found.getKey()));
            return Optional.of("таблицы наград «" + key + "» нет среди решений, развёрнутых вместе с процессом участия "
                    + "(файлы .dmn в processes/): " + String.join(", ", known));
        }
        // a deployed decision never changes: checked once per deployment and JVM, not at every start's demo import
        return checked.computeIfAbsent(decision.get().getId(), id -> awards(key, id));
    }

    /** What is wrong with the awards the deployed decision {@code id} gives for every share from 0 to 100 %. */
    private Optional<String> awards(String key, String id) {
        List<String> wrong = new ArrayList<>();
        for (int share = 0; share <= 100; share++) {
            VariableMap input = Variables.createVariables();
            DictationAttemptProcess.Variables.SCORE_SHARE.on(input).set(share);
            Object award;
            try {
                award = decisions.evaluateDecisionById(id).variables(input).evaluate()
                        .getSingleEntry();
            } catch (RuntimeException failed) {
                wrong.add(share + " % — ошибка: " + failed.getMessage());
                continue;
            }
            if (!(award instanceof String name) || Award.named(name).isEmpty()) {
                wrong.add(share + " % — «" + award + "»");
            }
        }
        if (!wrong.isEmpty()) {
            return Optional.of("таблица наград «" + key + "» должна давать одну из наград «"
                    + String.join("», «", Arrays.stream(Award.values()).map(Award::label).toList()) + "»"
                    + " при любой доле баллов от 0 до 100 %, а даёт: " + String.join("; ", wrong.subList(0,
                            Math.min(5, wrong.size()))) + (wrong.size() > 5 ? " и ещё " + (wrong.size() - 5) : ""));
        }
        return Optional.empty();
    }
}
