package org.unioncabinet.portal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/**
 * «Шаг N из M», read from the diagram rather than written in code: the member steps on the longest way from the
 * start through this step to an end (so the count follows the branch the member is on, and an analyst who moves or
 * adds a step in Modeler changes it), a called process counted as its own member steps (signing is one step: the
 * code), a loop counted once (its way back is left out), a boundary event's way (a ticket taken, «Изменить данные»)
 * or a message that leads out of a wait (the join application from the lockout) not counted. A step off every such
 * way has no position, and the page shows none.
 */
@Component
class StepPositions {

    record Position(int number, int total) {
    }

    /** Member steps before an element on the longest way to it, its own, and after it on the longest way on. */
    private record Span(int before, int own, int after) {
        int total() {
            return before + own + after;
        }
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final List<MemberTasks> memberTasks;
    private final Map<String, Map<String, Span>> spansByDefinition = new ConcurrentHashMap<>();

    StepPositions(RepositoryService repository, RuntimeService runtime, List<MemberTasks> memberTasks) {
        this.repository = repository;
        this.runtime = runtime;
        this.memberTasks = memberTasks;
    }

    Optional<Position> of(Task task) {
        Span own = spans(task.getProcessDefinitionId()).get(task.getTaskDefinitionKey());
        if (own == null) {
            return Optional.empty();
        }
        Optional<Span> caller = callerSpan(task.getProcessInstanceId());
        if (caller.isEmpty()) {
            return Optional.of(new Position(own.before() + 1, own.total()));
        }
        return Optional.of(new Position(caller.get().before() + own.before() + 1, caller.get().total()));
    }

    /** The call activity's span in the process that called this one (signing inside the registration), if any. */
    private Optional<Span> callerSpan(String processInstanceId) {
        ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(processInstanceId)
                .singleResult();
        if (caller == null) {
            return Optional.empty();
        }
        Map<String, Span> callerSpans = spans(caller.getProcessDefinitionId());
        return runtime.getActiveActivityIds(caller.getId()).stream().map(callerSpans::get)
                .filter(span -> span != null).findFirst();
    }

    private Map<String, Span> spans(String processDefinitionId) {
        return spansByDefinition.computeIfAbsent(processDefinitionId, id -> {
            ProcessDefinition definition = repository.getProcessDefinition(id);
            return spans(definition.getKey(), repository.getBpmnModelInstance(id), new HashSet<>());
        });
    }

    private Map<String, Span> spans(String processKey, BpmnModelInstance model, Set<String> calling) {
        Process process = model.getModelElementsByType(Process.class).stream()
                .filter(candidate -> processKey.equals(candidate.getId())).findFirst().orElseThrow();
        Map<FlowNode, List<FlowNode>> next = new LinkedHashMap<>();
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
            if (!(node instanceof BoundaryEvent) && !isMemberChoiceOutOfAWait(node)) {
                next.put(node, node.getOutgoing().stream().map(SequenceFlow::getTarget).toList());
            }
        }
        Map<FlowNode, Integer> own = new HashMap<>();
        Set<String> steps = memberSteps(processKey);
        calling.add(processKey);
        for (FlowNode node : next.keySet()) {
            own.put(node, ownSteps(node, steps, calling));
        }
        List<FlowNode> order = topologicalOrder(next, process.getChildElementsByType(StartEvent.class));
        Map<FlowNode, List<FlowNode>> forward = forwardEdges(next, order);
        Map<FlowNode, Integer> before = new HashMap<>();
        for (FlowNode node : order) {
            before.putIfAbsent(node, 0);
            for (FlowNode target : forward.get(node)) {
                before.merge(target, before.get(node) + own.get(node), Math::max);
            }
        }
        Map<FlowNode, Integer> after = new HashMap<>();
        for (FlowNode node : reversed(order)) {
            after.put(node, forward.get(node).stream().mapToInt(target -> own.get(target) + after.get(target))
                    .max().orElse(0));
        }
        Map<String, Span> spans = new HashMap<>();
        for (FlowNode node : order) {
            if (own.get(node) > 0) {
                spans.put(node.getId(), new Span(before.get(node), own.get(node), after.get(node)));
            }
        }
        return Map.copyOf(spans);
    }

    /**
     * A message caught after an event-based gateway: a member leaving a wait another way (the join application from
     * the lockout), which like a boundary event's way is a detour, not a step of the branch.
     */
    private static boolean isMemberChoiceOutOfAWait(FlowNode node) {
        return node instanceof IntermediateCatchEvent event
                && event.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance)
                && event.getPreviousNodes().list().stream().anyMatch(EventBasedGateway.class::isInstance);
    }

    /** A member step is one; a called process is as many as the longest way through it has; anything else none. */
    private int ownSteps(FlowNode node, Set<String> steps, Set<String> calling) {
        if (node instanceof UserTask && steps.contains(node.getId())) {
            return 1;
        }
        if (node instanceof CallActivity call && call.getCalledElement() != null
                && !calling.contains(call.getCalledElement())) {
            ProcessDefinition called = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(call.getCalledElement()).latestVersion().singleResult();
            if (called == null) {
                return 0;
            }
            Collection<Span> inside = spans(called.getKey(), repository.getBpmnModelInstance(called.getId()),
                    new HashSet<>(calling)).values();
            return inside.stream().mapToInt(Span::total).max().orElse(0);
        }
        return 0;
    }

    private Set<String> memberSteps(String processKey) {
        Set<String> keys = new HashSet<>();
        memberTasks.stream().filter(tasks -> tasks.processKey().equals(processKey))
                .forEach(tasks -> keys.addAll(tasks.taskDefinitionKeys()));
        return keys;
    }

    /** The nodes reachable from the start, each after every node with a way to it that is not a way back. */
    private static List<FlowNode> topologicalOrder(Map<FlowNode, List<FlowNode>> next, Collection<StartEvent> starts) {
        List<FlowNode> finished = new ArrayList<>();
        Set<FlowNode> seen = new HashSet<>();
        for (StartEvent start : starts) {
            if (!next.containsKey(start) || !seen.add(start)) {
                continue;
            }
            // depth first without recursion: a node is finished once all it leads to is
            Deque<Map.Entry<FlowNode, Integer>> stack = new ArrayDeque<>();
            stack.push(Map.entry(start, 0));
            while (!stack.isEmpty()) {
                Map.Entry<FlowNode, Integer> top = stack.pop();
                List<FlowNode> targets = next.getOrDefault(top.getKey(), List.of());
                if (top.getValue() < targets.size()) {
                    stack.push(Map.entry(top.getKey(), top.getValue() + 1));
                    FlowNode target = targets.get(top.getValue());
                    if (next.containsKey(target) && seen.add(target)) {
                        stack.push(Map.entry(target, 0));
                    }
                } else {
                    finished.add(top.getKey());
                }
            }
        }
        return reversed(finished);
    }

    private static List<FlowNode> reversed(List<FlowNode> nodes) {
        List<FlowNode> reversed = new ArrayList<>(nodes);
        Collections.reverse(reversed);
        return reversed;
    }

    /** The ways that go on in the order (a way to an earlier node closes a loop and is left out). */
    private static Map<FlowNode, List<FlowNode>> forwardEdges(Map<FlowNode, List<FlowNode>> next, List<FlowNode> order) {
        Map<FlowNode, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Map<FlowNode, List<FlowNode>> forward = new HashMap<>();
        for (FlowNode node : order) {
            forward.put(node, next.get(node).stream()
                    .filter(target -> rank.containsKey(target) && rank.get(target) > rank.get(node)).toList());
        }
        return forward;
    }
}
