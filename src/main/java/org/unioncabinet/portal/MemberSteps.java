package org.unioncabinet.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process-driven portal: a member's step is whatever user task their processes wait at, found by
 * the business key (their account id). Only tasks without candidate groups are the member's own;
 * a task with candidate groups belongs to reviewers. Every lookup is scoped to the member, so a task
 * id of anyone else is simply not found.
 */
@Service
public class MemberSteps {

    /** What submitting a step did. */
    public sealed interface Submission {
        record Completed() implements Submission {
        }

        record Rejected(Map<String, String> errors) implements Submission {
        }

        /** The task was the member's but is done (double submit, another tab). */
        record AlreadyDone() implements Submission {
        }

        record NotFound() implements Submission {
        }
    }

    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final FormDataValidator validator;
    private final ObjectMapper json;

    public MemberSteps(TaskService tasks, FormService forms, HistoryService history, FormDataValidator validator,
            ObjectMapper json) {
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.validator = validator;
        this.json = json;
    }

    public Optional<MemberStep> current(UUID accountId) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(accountId.toString())
                .withoutCandidateGroups()
                .active()
                .orderByTaskCreateTime().asc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .map(this::toStep);
    }

    /**
     * Not one transaction on purpose: the engine's completion is atomic by itself, and a failed engine
     * command would otherwise mark an outer transaction rollback-only.
     */
    public Submission submit(UUID accountId, String taskId, Map<String, Object> data) {
        Optional<Task> task = ownTask(accountId, taskId);
        if (task.isEmpty()) {
            return wasOwnTask(accountId, taskId) ? new Submission.AlreadyDone() : new Submission.NotFound();
        }
        FormSchema form = form(taskId);
        FormDataValidator.Result result = validator.validate(form, data);
        if (!result.valid()) {
            return new Submission.Rejected(result.errors());
        }
        try {
            tasks.complete(taskId, result.values());
        } catch (OptimisticLockingException | NullValueException concurrentSubmit) {
            // Two submits of one task: the first completed it, this one found it changed or gone.
            return new Submission.AlreadyDone();
        }
        return new Submission.Completed();
    }

    private Optional<Task> ownTask(UUID accountId, String taskId) {
        if (taskId == null || taskId.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery()
                .taskId(taskId)
                .processInstanceBusinessKey(accountId.toString())
                .withoutCandidateGroups()
                .active()
                .singleResult());
    }

    private boolean wasOwnTask(UUID accountId, String taskId) {
        return history.createHistoricTaskInstanceQuery()
                .taskId(taskId)
                .processInstanceBusinessKey(accountId.toString())
                .finished()
                .count() > 0;
    }

    private MemberStep toStep(Task task) {
        FormSchema form = form(task.getId());
        Map<String, Object> data = new LinkedHashMap<>();
        tasks.getVariables(task.getId(), form.keys()).forEach((key, value) -> {
            if (value != null) {
                data.put(key, value);
            }
        });
        return new MemberStep(task.getId(), task.getName(), form, data);
    }

    private FormSchema form(String taskId) {
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
