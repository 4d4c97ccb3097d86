package org.unioncabinet.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployment from Modeler must satisfy before the engine sees it, besides what {@link ModelCheck} asks of
 * every deployment (expressions, scripts, classes, forms by key). Each problem names the file or the element (id and
 * label) in Russian, since Modeler shows the message to the analyst as it is.
 * <ul>
 * <li>only diagrams, decision tables and Camunda Forms, no other files;</li>
 * <li>every user task has a Camunda Form, and it is in the same deployment: tasks bind forms with
 * {@code formRefBinding="deployment"}, so a diagram deployed without its forms has no forms at all;</li>
 * <li>no step where members of the current version wait now disappears: those journeys could never be
 * moved to the new version, so the change needs a migration plan by a developer (docs/analysts.md, «Версии и миграция»).</li>
 * </ul>
 * The model check runs here too, before the engine: the analyst then reads every problem of the deployment in
 * one message, a missing form and a forbidden expression together. The engine checks the same again on deploy.
 */
@Component
public class ProcessChangeCheck {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ModelCheck models;
    private final ProcessEngineConfigurationImpl engine;
    private final ObjectMapper json;

    ProcessChangeCheck(RepositoryService repository, RuntimeService runtime, ModelCheck models,
            ProcessEngineConfigurationImpl engine, ObjectMapper json) {
        this.repository = repository;
        this.runtime = runtime;
        this.models = models;
        this.engine = engine;
        this.json = json;
    }

    public List<String> problems(Collection<DeploymentResource> resources) {
        List<String> problems = new ArrayList<>();
        if (resources.stream().noneMatch(resource -> resource.isDiagram() || resource.isDecisionTable())) {
            problems.add("Не приложено ни одной диаграммы .bpmn или таблицы решений .dmn");
        }
        Set<String> formIds = new HashSet<>();
        Map<String, BpmnModelInstance> diagrams = new LinkedHashMap<>();
        List<DeploymentResource> checked = new ArrayList<>();
        for (DeploymentResource resource : resources) {
            if (resource.isForm()) {
                formId(resource, problems).ifPresent(formIds::add);
            } else if (resource.isDiagram()) {
                read(resource, problems).ifPresent(model -> {
                    diagrams.put(resource.name(), model);
                    checked.add(resource);
                });
            } else if (resource.isDecisionTable()) {
                checked.add(resource);
            } else {
                problems.add("Файл «" + resource.name() + "»: принимаются только диаграммы .bpmn, таблицы решений .dmn "
                        + "и формы .form");
            }
        }
        diagrams.forEach((file, model) -> {
            checkForms(file, model, formIds, problems);
            checkWaitingSteps(file, model, problems);
        });
        problems.addAll(models.problems(checked, DmnDefaults.of(engine), true));
        return problems;
    }

    private Optional<String> formId(DeploymentResource resource, List<String> problems) {
        try {
            JsonNode form = json.readTree(resource.bytes());
            String id = form == null ? "" : form.path("id").asText("");
            if (id.isBlank()) {
                problems.add("Форма «" + resource.name() + "»: нет идентификатора формы (Form ID)");
                return Optional.empty();
            }
            return Optional.of(id);
        } catch (IOException e) {
            problems.add("Форма «" + resource.name() + "» не читается: это не JSON формы Camunda");
            return Optional.empty();
        }
    }

    private static Optional<BpmnModelInstance> read(DeploymentResource resource, List<String> problems) {
        try {
            return Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(resource.bytes())));
        } catch (RuntimeException e) {
            problems.add("Диаграмма «" + resource.name() + "» не читается: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The binding ({@code deployment}) is the model check's: it holds on every way in. */
    private static void checkForms(String file, BpmnModelInstance model, Set<String> formIds, List<String> problems) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null) {
                problems.add(where(file, task) + ": у задачи нет формы Camunda (Form reference)");
            } else if (!formIds.contains(formRef)) {
                problems.add(where(file, task) + ": форма «" + formRef + "» не приложена; при «Deploy» добавьте "
                        + "её файл из forms/ в «Include additional files»");
            }
        }
    }

    private void checkWaitingSteps(String file, BpmnModelInstance model, List<String> problems) {
        for (Process process : model.getModelElementsByType(Process.class)) {
            ProcessDefinition current = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(process.getId()).withoutTenantId().latestVersion().singleResult();
            if (current == null) {
                continue;
            }
            Set<String> kept = model.getModelElementsByType(FlowNode.class).stream()
                    .map(FlowNode::getId).collect(Collectors.toSet());
            for (FlowNode step : repository.getBpmnModelInstance(current.getId()).getModelElementsByType(FlowNode.class)) {
                if (kept.contains(step.getId())) {
                    continue;
                }
                long waiting = runtime.createProcessInstanceQuery().processDefinitionId(current.getId())
                        .activityIdIn(step.getId()).count();
                if (waiting > 0) {
                    problems.add(where(file, step) + ": шаг удалён, а в версии " + current.getVersion()
                            + " на нём сейчас ждут: " + waiting + ". Верните шаг или попросите разработчика "
                            + "перенести эти процессы планом миграции (docs/analysts.md, «Версии и миграция»)");
                }
            }
        }
    }

    private static String where(String file, FlowNode element) {
        return file + " → " + element.getId() + (element.getName() == null ? "" : " «" + element.getName() + "»");
    }
}
