package org.unioncabinet.deployment;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.unioncabinet.deployment.ExpressionRules.Delegate;

/**
 * Every expression of one BPMN file, and what must not be in it at all (scripts, Java classes, other forms than
 * Camunda Forms). The file is read by the engine's own BPMN parser, with its XML settings and schema, so the check
 * sees exactly the elements and attributes the engine will run, not a second parser's opinion of them.
 *
 * <p>The walk visits every attribute and every text of the file. Where the engine expects a delegate, a timer or a
 * called process's business key, those forms are allowed ({@link ExpressionRules}); everywhere else, an expression
 * may only read process variables. So an expression in a place nobody listed (a task's name, its documentation,
 * which the engine evaluates too) is checked like a condition rather than let through.
 */
final class BpmnCheck {

    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
    /** Parents of what an analyst sees as an element in Modeler: flow elements, processes, messages, signals. */
    private static final Set<String> CONTAINERS = Set.of("definitions", "process", "subProcess", "transaction",
            "adHocSubProcess", "collaboration");
    /** Elements the engine runs a delegate for (send tasks and message events behave as service tasks). */
    private static final Set<String> SERVICE_LIKE = Set.of("serviceTask", "sendTask", "businessRuleTask",
            "messageEventDefinition");
    private static final Set<String> TIMER_PARTS = Set.of("timeDate", "timeDuration", "timeCycle");
    /** A user task's due and follow-up dates: deadlines, under the same rule as a timer's. */
    private static final Set<String> DEADLINES = Set.of("dueDate", "followUpDate");
    /** The variables the engine defines inside a multi-instance activity. */
    private static final Set<String> MULTI_INSTANCE = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances");
    private static final List<String> CLASS_ATTRIBUTES = List.of("class", "formHandlerClass", "variableMappingClass");
    private static final String TO_A_DEVELOPER = "сервисная задача или слушатель вызывает компонент приложения "
            + "(Delegate expression ${имяКомпонента}); новый компонент — работа для разработчика";

    /** What Modeler's properties panel calls an attribute, in Russian with Modeler's English beside it. */
    private static final Map<String, String> ATTRIBUTES = Map.ofEntries(
            Map.entry("name", "название (Name)"),
            Map.entry("candidateUsers", "кандидаты (Candidate users)"),
            Map.entry("candidateGroups", "группы кандидатов (Candidate groups)"),
            Map.entry("candidateStarterUsers", "кто может запускать (Candidate starter users)"),
            Map.entry("candidateStarterGroups", "кто может запускать (Candidate starter groups)"),
            Map.entry("assignee", "исполнитель (Assignee)"),
            Map.entry("dueDate", "срок (Due date)"),
            Map.entry("followUpDate", "дата напоминания (Follow up date)"),
            Map.entry("priority", "приоритет (Priority)"),
            Map.entry("taskPriority", "приоритет задачи (Task priority)"),
            Map.entry("jobPriority", "приоритет задания (Job priority)"),
            Map.entry("collection", "коллекция (Collection)"),
            Map.entry("elementVariable", "переменная элемента (Element variable)"),
            Map.entry("calledElement", "вызываемый процесс (Called element)"),
            Map.entry("delegateExpression", "Delegate expression"),
            Map.entry("variableMappingDelegateExpression", "передача переменных (Delegate variable mapping)"),
            Map.entry("formRef", "форма (Form reference)"),
            Map.entry("resultVariable", "переменная результата (Result variable)"),
            Map.entry("decisionRef", "таблица решений (Decision reference)"),
            Map.entry("errorCode", "код ошибки (Error code)"),
            Map.entry("escalationCode", "код эскалации (Escalation code)"),
            Map.entry("topic", "тема (Topic)"));
    /** The same for elements whose text is an expression. */
    private static final Map<String, String> TEXTS = Map.ofEntries(
            Map.entry("conditionExpression", "условие перехода (Condition)"),
            Map.entry("condition", "условие (Condition)"),
            Map.entry("timeDate", "таймер (Timer, Date)"),
            Map.entry("timeDuration", "таймер (Timer, Duration)"),
            Map.entry("timeCycle", "таймер (Timer, Cycle)"),
            Map.entry("loopCardinality", "число экземпляров (Loop cardinality)"),
            Map.entry("completionCondition", "условие завершения (Completion condition)"),
            Map.entry("documentation", "описание (Documentation)"),
            Map.entry("failedJobRetryTimeCycle", "повторы при сбое (Retry time cycle)"));

    private final String file;
    private final ExpressionRules rules;
    private final List<String> problems = new ArrayList<>();

    private BpmnCheck(String file, ExpressionRules rules) {
        this.file = file;
        this.rules = rules;
    }

    /**
     * @param validateSchema as the deployment asks ({@code disableSchemaValidation()}), so the XML is read as the
     *        engine will read it; a file the engine cannot read fails here with the engine's own exception
     */
    static List<String> problems(DeploymentResource resource, boolean validateSchema, ExpressionRules rules) {
        BpmnCheck check = new BpmnCheck(resource.name(), rules);
        check.visit(read(resource, validateSchema), null, null, Set.of(), null);
        return check.problems;
    }

    private static Element read(DeploymentResource resource, boolean validateSchema) {
        BpmnParse parse = new BpmnParse(new BpmnParser(null, null)) {
            @Override
            protected void parseRootElement() {
                // only the XML: building the process is the engine's deployer's work, after this check
            }
        };
        parse.name(resource.name());
        parse.sourceInputStream(new ByteArrayInputStream(resource.bytes()));
        if (!validateSchema) {
            parse.setSchemaResource(null);
        }
        parse.execute();
        return parse.getRootElement();
    }

    /**
     * @param within the element the analyst knows (a task, a flow, a message) that holds this one
     * @param known names the engine defines here besides the process variables
     * @param inside what holds the expression when an inner element does (a listener, an input parameter)
     */
    private void visit(Element element, String parent, Element within, Set<String> known, String inside) {
        String tag = local(element.getTagName());
        Element shown = parent != null && CONTAINERS.contains(parent) && element.attribute("id") != null
                ? element : within;
        String here = placeOf(element, tag);
        String place = here != null ? here : inside;
        Set<String> alsoKnown = element.elements("multiInstanceLoopCharacteristics").isEmpty() ? known
                : withMultiInstance(element, known, rules);
        if (tag.equals("scriptTask") || tag.equals("script")) {
            String format = attribute(element, "scriptFormat");
            report(shown, place, "скрипты в диаграммах не допускаются" + (format == null ? "" : " (скрипт на «" + format
                    + "»)") + "; нужна задача разработчику");
            return;
        }
        Set<String> refused = refuseWhatIsNeverAllowed(element, tag, shown, place);
        for (String key : element.attributes()) {
            String name = local(key);
            if (refused.contains(name)) {
                continue;
            }
            String value = element.attribute(key);
            String label = place != null ? place : ATTRIBUTES.getOrDefault(name, "атрибут «" + name + "»");
            Optional<String> problem;
            if (name.equals("delegateExpression")) {
                problem = rules.delegate(value, delegateFor(tag));
            } else if (name.equals("variableMappingDelegateExpression")) {
                problem = rules.delegate(value, Delegate.VARIABLE_MAPPING);
            } else if (DEADLINES.contains(name)) {
                problem = rules.timer(value, alsoKnown);
            } else if (name.equals("businessKey") && tag.equals("in")) {
                problem = rules.businessKey(value, alsoKnown);
            } else {
                problem = rules.value(value, alsoKnown);
            }
            problem.ifPresent(why -> report(shown, label, why));
        }
        String text = element.getText().trim();
        if (!text.isEmpty() && !refused.contains("#text")) {
            String label = place != null ? place : TEXTS.getOrDefault(tag, "элемент «" + tag + "»");
            (TIMER_PARTS.contains(tag) ? rules.timer(text, alsoKnown) : rules.value(text, alsoKnown))
                    .ifPresent(problem -> report(shown, label, problem));
        }
        for (Element child : element.elements()) {
            visit(child, tag, shown, alsoKnown, place);
        }
    }

    /**
     * Inside a multi-instance activity the engine defines its counters and the element variable. The analyst names
     * the element variable: one named like a bean would reach the bean wherever the variable is not set yet (the
     * collection itself is evaluated before it is), so such a name is not taken for a variable.
     */
    private static Set<String> withMultiInstance(Element activity, Set<String> known, ExpressionRules rules) {
        Set<String> names = new HashSet<>(known);
        names.addAll(MULTI_INSTANCE);
        activity.elements("multiInstanceLoopCharacteristics").stream()
                .map(loop -> loop.attributeNS(CAMUNDA, "elementVariable"))
                .filter(name -> name != null && !rules.isBean(name)).forEach(names::add);
        return Set.copyOf(names);
    }

    /**
     * Reports what no expression can make right, and answers the attributes (and {@code #text}) it reported, so the
     * same mistake is not reported twice as a forbidden expression.
     */
    private Set<String> refuseWhatIsNeverAllowed(Element element, String tag, Element shown, String place) {
        Set<String> refused = new HashSet<>();
        for (String attribute : CLASS_ATTRIBUTES) {
            String className = attribute(element, attribute);
            if (className != null) {
                refused.add(attribute);
                report(shown, place, "привязка к классу Java (camunda:" + attribute + " «" + className
                        + "») не допускается: " + TO_A_DEVELOPER);
            }
        }
        String language = element.attribute("language");
        if (language != null || attribute(element, "resource") != null) {
            refused.addAll(Set.of("language", "resource", "#text"));
            report(shown, place, "скрипты в диаграммах не допускаются (" + (language != null
                    ? "условие на языке «" + language + "»" : "скрипт из файла, camunda:resource")
                    + "); условие — сравнение переменных процесса (${hasTicket == 'yes'})");
        }
        if (attribute(element, "formKey") != null) {
            refused.add("formKey");
            report(shown, place, "форма по ключу (Form key «" + attribute(element, "formKey") + "») не допускается: "
                    + "нужна форма Camunda (Type «Camunda Form (linked)», Binding «deployment»)");
        }
        if (attribute(element, "formRef") != null && !"deployment".equals(attribute(element, "formRefBinding"))) {
            report(shown, place, "привязка формы «" + attribute(element, "formRef") + "» (Binding) должна быть "
                    + "«deployment»: форма едет вместе с диаграммой");
        }
        if (tag.equals("formData") || tag.equals("formProperty")) {
            report(shown, place, "поля формы в диаграмме (Form fields) не допускаются: нужна форма Camunda из forms/");
        }
        if ((tag.equals("in") || tag.equals("out")) && "all".equals(element.attribute("variables"))) {
            report(shown, place, "передача всех переменных (variables=\"all\") не допускается: перечислите нужные "
                    + "переменные по одной (Source, Target)");
        }
        boolean serviceLike = SERVICE_LIKE.contains(tag);
        boolean listener = tag.equals("executionListener") || tag.equals("taskListener");
        if (serviceLike && attribute(element, "type") != null) {
            refused.add("type");
            report(shown, place, "тип реализации «" + attribute(element, "type") + "» не допускается: " + TO_A_DEVELOPER);
        }
        if ((serviceLike || listener) && attribute(element, "expression") != null) {
            refused.add("expression");
            report(shown, place, "вызов выражения (Expression «" + attribute(element, "expression")
                    + "») не допускается: " + TO_A_DEVELOPER);
        }
        boolean implemented = attribute(element, "delegateExpression") != null || attribute(element, "class") != null
                || attribute(element, "type") != null || attribute(element, "expression") != null;
        if ((tag.equals("serviceTask") || tag.equals("sendTask")) && !implemented) {
            report(shown, place, "сервисная задача должна вызывать компонент приложения (Delegate expression "
                    + "${имяКомпонента}); новая сервисная задача — работа для разработчика");
        }
        return refused;
    }

    /** What the element itself is called when the expression sits inside it. */
    private static String placeOf(Element element, String tag) {
        String name = element.attribute("name");
        return switch (tag) {
            case "executionListener" -> "слушатель выполнения (Execution listener, событие «"
                    + element.attribute("event") + "»)";
            case "taskListener" -> "слушатель задачи (Task listener, событие «" + element.attribute("event") + "»)";
            case "inputParameter" -> "входной параметр «" + name + "» (Inputs)";
            case "outputParameter" -> "выходной параметр «" + name + "» (Outputs)";
            case "field" -> "поле «" + name + "» (Field injection)";
            case "in" -> element.attribute("businessKey") != null ? "бизнес-ключ вызываемого процесса (Business key)"
                    : "передача переменных в вызываемый процесс (In mapping)";
            case "out" -> "передача переменных из вызываемого процесса (Out mapping)";
            case "property" -> "свойство «" + name + "» (Extension properties)";
            default -> null;
        };
    }

    private static Delegate delegateFor(String tag) {
        return switch (tag) {
            case "executionListener" -> Delegate.EXECUTION_LISTENER;
            case "taskListener" -> Delegate.TASK_LISTENER;
            default -> Delegate.TASK;
        };
    }

    /** Listeners carry their attributes without a namespace, tasks in Camunda's (or Activiti's, which it accepts). */
    private static String attribute(Element element, String name) {
        String plain = element.attribute(name);
        return plain != null ? plain : element.attributeNS(CAMUNDA, name);
    }

    /** An element's or attribute's name without namespace or prefix (the map keys are {@code uri:name}). */
    private static String local(String name) {
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private void report(Element shown, String place, String problem) {
        StringBuilder where = new StringBuilder(file);
        if (shown != null) {
            where.append(" → ").append(shown.attribute("id"));
            if (shown.attribute("name") != null) {
                where.append(" «").append(shown.attribute("name")).append("»");
            }
        }
        problems.add(where + (place == null ? "" : ": " + place) + ": " + problem);
    }
}
