package org.unioncabinet.reviewer;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.Sha256;

/**
 * Tasklist posts whatever variables a form holds with the completion, and the engine takes them: a reviewer could
 * change, with the decision, which statement is decided or which group reviews. So a review task's state is
 * fingerprinted when it is created and compared when it is completed; only the reviewer's answer (the variables each
 * review names) may differ. Every review task of every process uses it: the task's create listener takes the
 * snapshot, its complete listener refuses a completion that changed anything else.
 */
@Component
public class ReviewTaskSnapshots {

    private final JdbcClient jdbc;

    ReviewTaskSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param answer the names of the variables the reviewer's form may set */
    public void take(DelegateTask task, Set<String> answer) {
        jdbc.sql("""
                INSERT INTO app.review_task_snapshot (task_id, state_sha256) VALUES (:task, :state)
                ON CONFLICT (task_id) DO UPDATE SET state_sha256 = EXCLUDED.state_sha256
                """).param("task", task.getId()).param("state", fingerprint(task, answer)).update();
    }

    /** For review tasks created before their state was taken (an earlier version): as they are now. */
    public void takeIfMissing(TaskService tasks, RuntimeService runtime, Task task, Set<String> answer) {
        String state = state("task", tasks.getVariablesLocalTyped(task.getId()), answer)
                + state("process", runtime.getVariablesTyped(task.getExecutionId()), answer);
        jdbc.sql("""
                INSERT INTO app.review_task_snapshot (task_id, state_sha256) VALUES (:task, :state)
                ON CONFLICT (task_id) DO NOTHING
                """).param("task", task.getId()).param("state", Sha256.hex(state)).update();
    }

    /** Whether the task holds what it held when created, but the reviewer's answer; a task without one does not. */
    public boolean unchanged(DelegateTask task, Set<String> answer) {
        return jdbc.sql("SELECT state_sha256 FROM app.review_task_snapshot WHERE task_id = :task")
                .param("task", task.getId()).query(String.class).optional()
                .map(fingerprint(task, answer)::equals).orElse(false);
    }

    public void forget(DelegateTask task) {
        jdbc.sql("DELETE FROM app.review_task_snapshot WHERE task_id = :task").param("task", task.getId()).update();
    }

    /**
     * Every variable of the task and of its process, as canonical text (scope, name, type, value; sorted), but the
     * answer. Both scopes, since a task's own variable hides the process's of that name.
     */
    private static String fingerprint(DelegateTask task, Set<String> answer) {
        return Sha256.hex(state("task", task.getVariablesLocalTyped(), answer)
                + state("process", task.getExecution().getVariablesTyped(), answer));
    }

    private static String state(String scope, VariableMap variables, Set<String> answer) {
        return variables.keySet().stream()
                .filter(name -> !answer.contains(name))
                .sorted()
                .map(name -> scope + ":" + name + "=" + typeName(variables.getValueTyped(name)) + ":" + variables.get(name))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String typeName(TypedValue value) {
        return value.getType() == null ? "untyped" : value.getType().getName();
    }
}
