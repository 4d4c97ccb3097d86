package org.unioncabinet.registration.funnel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;

/**
 * The steps of the funnel, read from the latest registration diagram rather than listed in code, so a
 * step an analyst adds in Modeler appears by itself: every place a journey waits (user task, receive
 * task, call activity), in the order a journey meets it, grouped by the answer to «У Вас есть
 * электронный профсоюзный билет?». Where journeys leave is fixed by meaning: these elements are the
 * contract with the code ({@link RegistrationProcess.Elements}).
 */
@Component
public class RegistrationSteps {

    static final String HAS_TICKET_GATEWAY = "gateway_hasTicket";
    static final String HAS_TICKET_YES = "sequenceFlow_hasTicketYes";
    static final String HAS_TICKET_NO = "sequenceFlow_hasTicketNo";

    public enum Variant {
        COMMON("Общие шаги"),
        TICKET("Вариант 1: есть электронный билет"),
        JOINING("Вариант 2: вступление в Профсоюз");

        private final String label;

        Variant(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a journey leaves at a step: the element it passes when it does, and what to call it. */
    public record Exit(String elementId, String label) {
    }

    /** @param pause an element where a journey waits to come back to this step (not gone), or null */
    public record Step(String id, String name, Variant variant, Exit exit, String pause) {
    }

    static final Map<String, Exit> EXITS = Map.of(
            Elements.AWAIT_CONFIRMATION, new Exit(Elements.REGISTRATION_EXPIRED, "срок подтверждения истёк"),
            Elements.REVIEW_JOIN_APPLICATION, new Exit(Elements.NOTIFY_REJECTION, "отказ в приёме"));
    /**
     * After too many failed checks a member waits an hour and comes back to the ticket form: waiting, not gone (unless
     * they choose the join application meanwhile, and are then counted there).
     */
    static final Map<String, String> PAUSES = Map.of(Elements.ENTER_TICKET_DATA, Elements.MEMBERSHIP_LOCKOUT);

    private final RepositoryService repository;

    public RegistrationSteps(RepositoryService repository) {
        this.repository = repository;
    }

    public List<Step> current() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationProcess.KEY).withoutTenantId().latestVersion().singleResult();
        if (latest == null) {
            return List.of();
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
        Set<FlowNode> common = reachable(model, model.getModelElementsByType(StartEvent.class), HAS_TICKET_GATEWAY,
                Set.of());
        // a way back to the question («Назад») leads into the common part, and from there into the other variant
        Set<FlowNode> ticket = reachable(model, targets(model, HAS_TICKET_YES), null, common);
        Set<FlowNode> joining = reachable(model, targets(model, HAS_TICKET_NO), null, common);
        Map<String, Step> steps = new LinkedHashMap<>();
        add(steps, common, Variant.COMMON);
        ticket.removeAll(joining);
        add(steps, ticket, Variant.TICKET);
        add(steps, joining, Variant.JOINING);
        return List.copyOf(steps.values());
    }

    private static void add(Map<String, Step> steps, Set<FlowNode> nodes, Variant variant) {
        for (FlowNode node : nodes) {
            if ((node instanceof UserTask || node instanceof ReceiveTask || node instanceof CallActivity)
                    && !steps.containsKey(node.getId())) {
                steps.put(node.getId(), new Step(node.getId(), node.getName() == null ? node.getId() : node.getName(),
                        variant, EXITS.get(node.getId()), PAUSES.get(node.getId())));
            }
        }
    }

    private static List<FlowNode> targets(BpmnModelInstance model, String flowId) {
        SequenceFlow flow = model.getModelElementById(flowId);
        return flow == null ? List.of() : List.of(flow.getTarget());
    }

    /**
     * Breadth first, so the order is the order a journey meets the steps; stops at {@code stopAt} and never enters
     * {@code outside}.
     */
    private static Set<FlowNode> reachable(BpmnModelInstance model, Collection<? extends FlowNode> from, String stopAt,
            Set<FlowNode> outside) {
        Map<String, List<BoundaryEvent>> boundaries = new LinkedHashMap<>();
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            boundaries.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new ArrayList<>()).add(boundary);
        }
        Set<FlowNode> seen = new LinkedHashSet<>();
        Deque<FlowNode> queue = new ArrayDeque<>(from);
        while (!queue.isEmpty()) {
            FlowNode node = queue.poll();
            if (outside.contains(node) || !seen.add(node) || node.getId().equals(stopAt)) {
                continue;
            }
            node.getOutgoing().forEach(flow -> queue.add(flow.getTarget()));
            queue.addAll(boundaries.getOrDefault(node.getId(), List.of()));
        }
        return seen;
    }
}
