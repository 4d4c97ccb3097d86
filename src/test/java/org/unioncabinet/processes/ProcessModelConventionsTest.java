package org.unioncabinet.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.unioncabinet.support.CabinetTest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an analyst may break in Modeler without noticing, checked on every diagram in processes/:
 * each message names the file and the element to fix.
 */
@CabinetTest
class ProcessModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[.}]");

    @Autowired
    ApplicationContext context;

    @Test
    void everyProcessIsExecutableWithAHistoryTimeToLive() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams()) {
            for (Process process : diagram.model().getModelElementsByType(Process.class)) {
                if (!process.isExecutable()) {
                    problems.add(diagram.where(process) + ": the process is not executable");
                }
                if (process.getCamundaHistoryTimeToLiveString() == null) {
                    problems.add(diagram.where(process) + ": no history time-to-live (camunda:historyTimeToLive)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUserTaskHasACamundaFormThatExists() throws IOException {
        Set<String> formIds = formIds();
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams()) {
            for (UserTask task : diagram.model().getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                if (formRef == null) {
                    problems.add(diagram.where(task) + ": no Camunda Form (camunda:formRef)");
                } else if (!formIds.contains(formRef)) {
                    problems.add(diagram.where(task) + ": form «" + formRef + "» is not in forms/");
                } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
                    problems.add(diagram.where(task) + ": form binding must be «deployment» (form and diagram ship together)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceTaskAndExpressionCallsABeanThatExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams()) {
            for (ServiceTask task : diagram.model().getModelElementsByType(ServiceTask.class)) {
                String delegate = task.getCamundaDelegateExpression();
                if (delegate == null) {
                    problems.add(diagram.where(task) + ": a service task needs camunda:delegateExpression=\"${someDelegate}\"");
                } else {
                    checkBeans(diagram, task, delegate, problems);
                }
            }
            for (CamundaTaskListener listener : diagram.model().getModelElementsByType(CamundaTaskListener.class)) {
                BaseElement task = (BaseElement) listener.getParentElement().getParentElement();
                if (listener.getCamundaDelegateExpression() == null) {
                    problems.add(diagram.where(task) + ": a task listener needs camunda:delegateExpression=\"${someListener}\"");
                } else {
                    checkBeans(diagram, task, listener.getCamundaDelegateExpression(), problems);
                }
            }
            for (TimeDuration duration : diagram.model().getModelElementsByType(TimeDuration.class)) {
                checkBeans(diagram, (BaseElement) duration.getParentElement().getParentElement(),
                        duration.getTextContent(), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyCalledProcessExistsAndGetsTheBusinessKey() throws IOException {
        List<Diagram> diagrams = diagrams();
        Set<String> processIds = diagrams.stream()
                .flatMap(diagram -> diagram.model().getModelElementsByType(Process.class).stream())
                .map(Process::getId).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams) {
            for (CallActivity call : diagram.model().getModelElementsByType(CallActivity.class)) {
                if (!processIds.contains(call.getCalledElement())) {
                    problems.add(diagram.where(call) + ": calls «" + call.getCalledElement() + "», not in processes/");
                }
                // The portal finds a member's tasks by business key; a called process without it is invisible.
                boolean passesBusinessKey = call.getExtensionElements() != null && call.getExtensionElements()
                        .getElementsQuery().filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn.class)
                        .list().stream().anyMatch(in -> in.getCamundaBusinessKey() != null);
                if (!passesBusinessKey) {
                    problems.add(diagram.where(call) + ": must pass the business key (camunda:in businessKey=…)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void conditionsOnlyCompareVariablesNoScripts() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams()) {
            for (ConditionExpression condition : diagram.model().getModelElementsByType(ConditionExpression.class)) {
                if (condition.getLanguage() != null) {
                    problems.add(diagram.where((BaseElement) condition.getParentElement())
                            + ": a script condition; use an expression on a process variable");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private void checkBeans(Diagram diagram, BaseElement element, String expression, List<String> problems) {
        Matcher matcher = BEAN_CALL.matcher(expression);
        while (matcher.find()) {
            if (!context.containsBean(matcher.group(1))) {
                problems.add(diagram.where(element) + ": no Spring bean «" + matcher.group(1) + "» for " + expression);
            }
        }
    }

    /**
     * A label is at least as wide as its longest word (6.5 px a letter, the 11 px font of Modeler and Cockpit, and a
     * margin): a narrower one breaks the word, as «Принят ь» and «Отказат ь» did.
     */
    @Test
    void noLabelBreaksAWord() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Diagram diagram : diagrams()) {
            for (BpmnShape shape : diagram.model().getModelElementsByType(BpmnShape.class)) {
                labelProblem(diagram, shape.getBpmnElement(), shape.getBpmnLabel()).ifPresent(problems::add);
            }
            for (BpmnEdge edge : diagram.model().getModelElementsByType(BpmnEdge.class)) {
                labelProblem(diagram, edge.getBpmnElement(), edge.getBpmnLabel()).ifPresent(problems::add);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Optional<String> labelProblem(Diagram diagram, BaseElement element, BpmnLabel label) {
        String name = element == null ? null : element.getAttributeValue("name");
        if (name == null || label == null || label.getBounds() == null) {
            return Optional.empty();
        }
        int longest = Stream.of(name.split("\\s+")).mapToInt(String::length).max().orElse(0);
        double width = label.getBounds().getWidth();
        return width >= longest * 6.5 + 6 ? Optional.empty() : Optional.of(diagram.where(element) + ": its label is "
                + (int) width + " px wide, the word needs " + Math.round(longest * 6.5 + 6));
    }

    private record Diagram(Path file, BpmnModelInstance model) {
        String where(BaseElement element) {
            return file.getFileName() + " → " + element.getId()
                    + (element.getAttributeValue("name") == null ? "" : " «" + element.getAttributeValue("name") + "»");
        }
    }

    private static List<Diagram> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Diagram> diagrams = files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
                    .map(file -> new Diagram(file, Bpmn.readModelFromFile(file.toFile()))).toList();
            assertThat(diagrams).as("diagrams in processes/").isNotEmpty();
            return diagrams;
        }
    }

    /**
     * A date is typed as дд.мм.гггг into a text field with the property format = date: form-js' «Date time»
     * field brings a calendar (flatpickr) that silently rolled 31.02.1985 over into March.
     */
    @Test
    void noFormAsksForADateThroughACalendar() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(each -> each.toString().endsWith(".form")).sorted().toList()) {
                json.readTree(file.toFile()).findParents("type").stream()
                        .filter(component -> "datetime".equals(component.path("type").asText()))
                        .forEach(component -> problems.add(file + ": «" + component.path("key").asText()
                                + "» is a Date time field; use a text field with the property format = date"));
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form")).map(file -> {
                try {
                    return json.readTree(file.toFile()).path("id").asText();
                } catch (IOException e) {
                    throw new IllegalStateException(file + " is not valid JSON", e);
                }
            }).collect(Collectors.toSet());
        }
    }
}
