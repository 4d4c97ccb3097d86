package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.system.Sha256;

/**
 * Tasklist posts whatever variables a form holds with the completion, and the engine takes them: a reviewer could
 * change, with the decision, which application is admitted or which group reviews. So the review task's state is
 * fingerprinted when it is created and compared when it is completed; only the decision and its reason may differ.
 */
@Component
public class ReviewTaskSnapshots {

    private final JdbcClient jdbc;

    ReviewTaskSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void take(DelegateTask task) {
        jdbc.sql("""
                INSERT INTO app.review_task_snapshot (task_id, state_sha256) VALUES (:task, :state)
                ON CONFLICT (task_id) DO UPDATE SET state_sha256 = EXCLUDED.state_sha256
                """).param("task", task.getId()).param("state", fingerprint(task)).update();
    }

    /** For review tasks created before their state was taken (an earlier version): as they are now. */
    public void takeIfMissing(TaskService tasks, RuntimeService runtime, Task task) {
        jdbc.sql("""
                INSERT INTO app.review_task_snapshot (task_id, state_sha256) VALUES (:task, :state)
                ON CONFLICT (task_id) DO NOTHING
                """).param("task", task.getId())
                .param("state", Sha256.hex(RegistrationProcess.reviewTaskState(tasks, runtime, task))).update();
    }

    /** Whether the task holds what it held when created, but the reviewer's answer; a task without one does not. */
    public boolean unchanged(DelegateTask task) {
        return jdbc.sql("SELECT state_sha256 FROM app.review_task_snapshot WHERE task_id = :task")
                .param("task", task.getId()).query(String.class).optional()
                .map(fingerprint(task)::equals).orElse(false);
    }

    public void forget(DelegateTask task) {
        jdbc.sql("DELETE FROM app.review_task_snapshot WHERE task_id = :task").param("task", task.getId()).update();
    }

    private static String fingerprint(DelegateTask task) {
        return Sha256.hex(RegistrationProcess.reviewTaskState(task));
    }
}
