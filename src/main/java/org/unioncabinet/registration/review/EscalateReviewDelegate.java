package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/**
 * Service task «Передать заявление в территориальную организацию»: the overdue review task gets the
 * territorial organisation's group as a second candidate group, and its reviewers are told.
 */
@Component("escalateReviewDelegate")
public class EscalateReviewDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final JoinNotices notices;

    public EscalateReviewDelegate(TaskService tasks, JoinNotices notices) {
        this.tasks = tasks;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = Variables.ESCALATION_GROUP.from(execution).get();
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Elements.REVIEW_JOIN_APPLICATION)
                .list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), group));
        notices.waiting(group, MailTemplate.REVIEW_ESCALATION, Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
