package org.unioncabinet.correction;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.mail.MailTemplate;

/**
 * Service task «Передать заявление в территориальную организацию»: the overdue review task gets the territorial
 * organisation's group as a second candidate group, and its reviewers are told.
 */
@Component("escalateCorrectionReviewDelegate")
class EscalateCorrectionReviewDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final CorrectionNotices notices;

    EscalateCorrectionReviewDelegate(TaskService tasks, CorrectionNotices notices) {
        this.tasks = tasks;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = Variables.ESCALATION_GROUP.from(execution).get();
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(PersonalDataCorrectionProcess.Elements.REVIEW)
                .list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), group));
        notices.waiting(group, MailTemplate.CORRECTION_REVIEW_ESCALATION, Variables.STATEMENT_ID.from(execution).get());
    }
}
