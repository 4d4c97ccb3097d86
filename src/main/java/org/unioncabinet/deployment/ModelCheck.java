package org.unioncabinet.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.springframework.stereotype.Component;

/**
 * What every new deployment must satisfy, whatever the way in ({@link ModelCheckPlugin}): every expression of every
 * BPMN file ({@link BpmnCheck}) and every decision table only in FEEL ({@link DmnCheck}). Files are recognised by
 * the suffixes the engine's own deployers use, so nothing the engine would run slips past under another name.
 * Each problem names the file, the element (id and name) and the expression, in Russian: Modeler and Cockpit show
 * the message to the analyst as it is.
 */
@Component
class ModelCheck {

    private final ModelVocabulary vocabulary;

    ModelCheck(ModelVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param dmn the engine's default DMN languages; null when the engine evaluates no decisions
     * @param validateSchema whether the engine validates the BPMN files against the schema for this deployment
     */
    List<String> problems(Collection<DeploymentResource> files, DmnDefaults dmn, boolean validateSchema) {
        ExpressionRules rules = new ExpressionRules(vocabulary);
        List<String> problems = new ArrayList<>();
        for (DeploymentResource file : files.stream().sorted(Comparator.comparing(DeploymentResource::name)).toList()) {
            if (endsWithAny(file, BpmnDeployer.BPMN_RESOURCE_SUFFIXES)) {
                problems.addAll(BpmnCheck.problems(file, validateSchema, rules));
            } else if (endsWithAny(file, DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES) && dmn != null) {
                problems.addAll(DmnCheck.problems(file, dmn));
            } else if (endsWithAny(file, CmmnDeployer.CMMN_RESOURCE_SUFFIXES)) {
                // CMMN has listeners, scripts and classes of its own, and no use in the cabinet
                problems.add("Файл «" + file.name() + "»: кейсы CMMN в кабинете не используются");
            }
        }
        return problems;
    }

    private static boolean endsWithAny(DeploymentResource file, String[] suffixes) {
        return Arrays.stream(suffixes).anyMatch(file.name()::endsWith);
    }
}
