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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a deployment from Modeler must satisfy before the engine sees it. Each problem names the file or
 * the element (id and label) in Russian, since Modeler shows the message to the analyst as it is.
 * <ul>
 * <li>only diagrams and Camunda Forms: no scripts, no Java class names, no other files;</li>
 * <li>every form a user task names is in the same deployment: tasks bind forms with
 * {@code formRefBinding="deployment"}, so a diagram deployed without its forms has no forms at all;</li>
 * <li>every service task calls a Spring bean that exists (a new bean needs a developer and a release);</li>
 * <li>no step where members of the current version wait now disappears: those journeys could never be
 * moved to the new version, so the change needs a migration plan by a developer (docs/analysts.md, «Версии и миграция»).</li>
 * </ul>
 */
@Component
public class ProcessChangeCheck {

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ApplicationContext context;
    private final ObjectMapper json;

    public ProcessChangeCheck(RepositoryService repository, RuntimeService runtime, ApplicationContext context,
            ObjectMapper json) {
        this.repository = repository;
        this.runtime = runtime;
        this.context = context;
        this.json = json;
    }

    public List<String> problems(Collection<DeploymentResource> resources) {
        List<String> problems = new ArrayList<>();
        if (resources.stream().noneMatch(DeploymentResource::isDiagram)) {
            problems.add("Не приложено ни одной диаграммы .bpmn");
        }
        Set<String> formIds = new HashSet<>();
        Map<String, BpmnModelInstance> diagrams = new LinkedHashMap<>();
        for (DeploymentResource resource : resources) {
            if (resource.isForm()) {
                formId(resource, problems).ifPresent(formIds::add);
            } else if (resource.isDiagram()) {
                read(resource, problems).ifPresent(model -> diagrams.put(resource.name(), model));
            } else {
                problems.add("Файл «" + resource.name() + "»: принимаются только диаграммы .bpmn и формы .form");
            }
        }
        diagrams.forEach((file, model) -> {
            checkForms(file, model, formIds, problems);
            checkServiceTasks(file, model, problems);
            checkWaitingSteps(file, model, problems);
        });
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

    private static void checkForms(String file, BpmnModelInstance model, Set<String> formIds, List<String> problems) {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            if (formRef == null) {
                problems.add(where(file, task) + ": у задачи нет формы Camunda (Form reference)");
            } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                problems.add(where(file, task) + ": привязка формы (Binding) должна быть «deployment»");
            } else if (!formIds.contains(formRef)) {
                problems.add(where(file, task) + ": форма «" + formRef + "» не приложена; при «Deploy» добавьте "
                        + "её файл из forms/ в «Include additional files»");
            }
        }
    }

    private void checkServiceTasks(String file, BpmnModelInstance model, List<String> problems) {
        for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
            problems.add(where(file, script) + ": скрипты в диаграммах не допускаются; нужна задача разработчику");
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            String expression = task.getCamundaDelegateExpression();
            Matcher bean = BEAN_EXPRESSION.matcher(expression == null ? "" : expression.trim());
            if (!bean.matches()) {
                problems.add(where(file, task) + ": сервисная задача должна вызывать компонент приложения "
                        + "(Delegate expression ${имяКомпонента}); новая сервисная задача — работа для разработчика");
            } else if (!context.containsBean(bean.group(1))) {
                problems.add(where(file, task) + ": в приложении нет компонента «" + bean.group(1)
                        + "»; новая сервисная задача — работа для разработчика");
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
