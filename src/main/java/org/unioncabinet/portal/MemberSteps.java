package org.unioncabinet.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.forms.FormDataValidator;
import org.unioncabinet.forms.FormSchema;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.forms.StepRecord;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.signing.Submitter;
import org.unioncabinet.system.ActionCooldown;
import org.unioncabinet.system.MailRateLimit;
import org.unioncabinet.system.MemberTasks;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process-driven portal: a member's step is whichever of their processes' member steps waits, found by the
 * business key (their account id). Which user tasks are member steps the code decides ({@link MemberTasks}), and
 * each is assigned to its member when created ({@link MemberTaskAssignment}); a task is the member's only when both
 * hold, so nothing a reviewer does to a task of theirs (removing its candidate group, say) makes it a member's.
 * Every lookup is scoped to the member, so a task id of anyone else is simply not found.
 */
@Service
public class MemberSteps {

    private static final Logger log = LoggerFactory.getLogger(MemberSteps.class);

    /** How often one member may press one action button (each may send a mail). */
    static final Duration ACTION_COOLDOWN = Duration.ofSeconds(60);

    /** What submitting a step did. */
    public sealed interface Submission {
        record Completed() implements Submission {
        }

        record Rejected(Map<String, String> errors) implements Submission {
        }

        /** Valid, but what completing the step sets off is over a limit now ({@link StepGuard}): the message says why. */
        record Refused(String message) implements Submission {
        }

        /** The task was the member's but is done (double submit, another tab). */
        record AlreadyDone() implements Submission {
        }

        record NotFound() implements Submission {
        }
    }

    /** What pressing an action button did. */
    public sealed interface ActionOutcome {
        record Done() implements ActionOutcome {
        }

        /** The diagram took the member back to an earlier step: nothing to announce. */
        record WentBack() implements ActionOutcome {
        }

        record CoolingDown(Duration remaining) implements ActionOutcome {
        }

        /** Too many mails for this member or from this client address within the limits' window. */
        record Limited(Duration remaining) implements ActionOutcome {
        }

        /** Over a limit of the step's own ({@link StepGuard}): the message says why and until when. */
        record Refused(String message) implements ActionOutcome {
        }

        record NotFound() implements ActionOutcome {
        }
    }

    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final FormDataValidator validator;
    private final Map<String, StepRule> rules;
    private final Map<String, StepRecord> records;
    private final Map<String, StepGuard> guards;
    private final List<MemberTasks> memberTasks;
    private final AccountService accounts;
    private final TransactionTemplate transaction;
    private final ActionCooldown cooldown;
    private final MailRateLimit mailRateLimit;
    private final ObjectMapper json;
    private final StepPositions positions;

    private final Map<String, FormSchema> formsByTask = new ConcurrentHashMap<>();

    public MemberSteps(TaskService tasks, FormService forms, HistoryService history, RepositoryService repository,
            RuntimeService runtime, FormDataValidator validator, List<StepRule> rules, List<StepRecord> records,
            List<StepGuard> guards, List<MemberTasks> memberTasks, AccountService accounts, ActionCooldown cooldown,
            MailRateLimit mailRateLimit, PlatformTransactionManager transactions, ObjectMapper json,
            StepPositions positions) {
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.repository = repository;
        this.runtime = runtime;
        this.validator = validator;
        this.rules = rules.stream().collect(Collectors.toMap(StepRule::formId, Function.identity()));
        this.records = records.stream().collect(Collectors.toMap(StepRecord::formId, Function.identity()));
        this.guards = guards.stream().collect(Collectors.toMap(StepGuard::formId, Function.identity()));
        this.memberTasks = List.copyOf(memberTasks);
        this.accounts = accounts;
        this.transaction = new TransactionTemplate(transactions);
        this.cooldown = cooldown;
        this.mailRateLimit = mailRateLimit;
        this.json = json;
        this.positions = positions;
    }

    /** The member's oldest waiting step: a member step by its definition, assigned to this member. */
    public Optional<MemberStep> current(UUID accountId) {
        return oldestTask(accountId).map(task -> toStep(accountId, task));
    }

    /** Whether the member has a step waiting: {@link #current}'s question without building the step. */
    public boolean hasCurrent(UUID accountId) {
        return oldestTask(accountId).isPresent();
    }

    private Optional<Task> oldestTask(UUID accountId) {
        return memberTasks.stream()
                .flatMap(steps -> tasks.createTaskQuery()
                        .processDefinitionKey(steps.processKey())
                        .taskDefinitionKeyIn(steps.taskDefinitionKeys().toArray(String[]::new))
                        .processInstanceBusinessKey(accountId.toString())
                        .taskAssignee(accountId.toString())
                        .active()
                        .orderByTaskCreateTime().asc()
                        .listPage(0, 1).stream())
                .min(Comparator.comparing(Task::getCreateTime));
    }

    /**
     * A form whose data is a record ({@link StepRecord}) is kept in the feature's table and the task completed in one
     * transaction: the record is there when the process moves on, and gone if the completion fails (a double submit).
     */
    public Submission submit(UUID accountId, String taskId, Map<String, Object> data, Submitter submitter) {
        Optional<Task> task = ownTask(accountId, taskId);
        if (task.isEmpty()) {
            return wasOwnTask(accountId, taskId) ? new Submission.AlreadyDone() : new Submission.NotFound();
        }
        FormSchema form = form(task.get());
        FormDataValidator.Result result = validator.validate(form, data);
        if (!result.valid()) {
            return new Submission.Rejected(result.errors());
        }
        VariableMap values = Variables.fromMap(result.values());
        StepRule rule = rules.get(form.id());
        Map<String, String> businessErrors = rule == null ? Map.of() : rule.check(values);
        if (!businessErrors.isEmpty()) {
            return new Submission.Rejected(businessErrors);
        }
        // Last, so only a submission that would complete the step counts against a limit.
        Optional<String> refused = guard(form.id())
                .flatMap(guard -> guard.beforeSubmit(accountId, submitter.address()));
        if (refused.isPresent()) {
            return new Submission.Refused(refused.get());
        }
        StepRecord record = records.get(form.id());
        try {
            transaction.executeWithoutResult(status -> {
                // one submission of this member at a time: a double submit waits here, then finds the task done
                accounts.lock(accountId);
                VariableMap variables = record == null ? values
                        : record.save(accountId, Variables.fromMap(tasks.getVariables(taskId)), values);
                tasks.complete(taskId, submitter.addTo(variables));
            });
        } catch (OptimisticLockingException | NullValueException concurrentSubmit) {
            // Two submits of one task: the first completed it, this one found it changed or gone.
            return new Submission.AlreadyDone();
        }
        return new Submission.Completed();
    }

    /**
     * Presses an action button of the member's own waiting task, at most once per cooldown, and within the mail
     * limits for the member and the client address (a button may send a mail: «Отправить код повторно»).
     */
    public ActionOutcome act(UUID accountId, String taskId, String message, String clientAddress) {
        Optional<Task> task = ownTask(accountId, taskId);
        Optional<MemberAction> pressed = task.flatMap(own -> actions(own).stream()
                .filter(action -> action.message().equals(message)).findFirst());
        if (pressed.isEmpty()) {
            return new ActionOutcome.NotFound();
        }
        if (pressed.get().back()) {
            // a way back sends nothing: no cooldown or mail limit to wait for, and the task itself is the guard
            // against a second press (it is gone once the process went back)
            return correlate(task.get(), message) ? new ActionOutcome.WentBack() : new ActionOutcome.NotFound();
        }
        Optional<Duration> wait = cooldown.tryAcquire("member-action:" + message + ":" + accountId, ACTION_COOLDOWN);
        if (wait.isPresent()) {
            return new ActionOutcome.CoolingDown(wait.get());
        }
        // After the cooldown, so presses during it do not spend the member's budget; before the general mail limit,
        // whose count of this button's presses stays below the step's own count of what they set off.
        Optional<String> refused = guard(form(task.get()).id())
                .flatMap(guard -> guard.beforeAction(accountId, message, clientAddress));
        if (refused.isPresent()) {
            return new ActionOutcome.Refused(refused.get());
        }
        Optional<Duration> limited = mailRateLimit.tryAcquire("member-action:" + message, accountId.toString(),
                clientAddress);
        if (limited.isPresent()) {
            return new ActionOutcome.Limited(limited.get());
        }
        return correlate(task.get(), message) ? new ActionOutcome.Done() : new ActionOutcome.NotFound();
    }

    /** @return false when the process had moved on and no longer waits for the message */
    private boolean correlate(Task task, String message) {
        try {
            runtime.createMessageCorrelation(message)
                    .processInstanceId(task.getProcessInstanceId())
                    .correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException movedOn) {
            log.info("Action {} pressed after the journey moved on", message);
            return false;
        }
    }

    private Optional<StepGuard> guard(String formId) {
        return Optional.ofNullable(guards.get(formId));
    }

    private Optional<Task> ownTask(UUID accountId, String taskId) {
        if (taskId == null || taskId.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery()
                .taskId(taskId)
                .processInstanceBusinessKey(accountId.toString())
                .taskAssignee(accountId.toString())
                .active()
                .singleResult())
                .filter(task -> isMemberStep(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    }

    private boolean wasOwnTask(UUID accountId, String taskId) {
        return history.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .processInstanceBusinessKey(accountId.toString())
                .taskAssignee(accountId.toString())
                .finished()
                .list().stream()
                .anyMatch(task -> isMemberStep(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    }

    /** Decided by the code from the task's definition, never by what a model or a reviewer put on the task. */
    private boolean isMemberStep(String processDefinitionId, String taskDefinitionKey) {
        String processKey = repository.getProcessDefinition(processDefinitionId).getKey();
        return memberTasks.stream().anyMatch(steps -> steps.contains(processKey, taskDefinitionKey));
    }

    private MemberStep toStep(UUID accountId, Task task) {
        Map<String, Object> process = tasks.getVariables(task.getId());
        Map<String, Object> data = new LinkedHashMap<>();
        process.forEach((key, value) -> {
            // Only what a form can show; never objects, and transient variables are gone by now anyway.
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                data.put(key, value);
            }
        });
        FormSchema form = form(task);
        StepRecord record = records.get(form.id());
        if (record != null) {
            data.putAll(record.load(accountId, Variables.fromMap(process)));
        }
        String notice = guard(form.id()).flatMap(guard -> guard.notice(accountId)).orElse(null);
        Optional<StepPositions.Position> position = positions.of(task);
        return new MemberStep(task.getId(), task.getName(), form, data, actions(task), notice,
                position.map(StepPositions.Position::number).orElse(0),
                position.map(StepPositions.Position::total).orElse(0));
    }

    private List<MemberAction> actions(Task task) {
        UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (element == null || element.getExtensionElements() == null) {
            return List.of();
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> property.getCamundaName() != null)
                .flatMap(property -> action(property.getCamundaName(), property.getCamundaValue()).stream())
                // ways back first, as «Назад» comes first on a page
                .sorted(Comparator.comparing(action -> !action.back()))
                .toList();
    }

    private static Optional<MemberAction> action(String property, String label) {
        if (property.startsWith(MemberAction.BACK_PREFIX)) {
            return Optional.of(new MemberAction(property.substring(MemberAction.BACK_PREFIX.length()), label, true));
        }
        if (property.startsWith(MemberAction.PROPERTY_PREFIX)) {
            return Optional.of(new MemberAction(property.substring(MemberAction.PROPERTY_PREFIX.length()), label,
                    false));
        }
        return Optional.empty();
    }

    /**
     * The task's Camunda Form, read and parsed once per process definition and task: a form is bound to its diagram's
     * deployment ({@code formRefBinding="deployment"}, which the model check demands), so it never changes for them.
     */
    private FormSchema form(Task task) {
        return formsByTask.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                key -> deployedForm(task.getId()));
    }

    private FormSchema deployedForm(String taskId) {
        try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
            String text = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
            return FormSchema.parse(json.readTree(text), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("User task " + taskId + " has no deployed Camunda Form", e);
        }
    }
}
