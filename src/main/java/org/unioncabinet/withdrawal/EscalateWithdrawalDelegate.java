package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Elements;
import org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables;

/**
 * Service tasks «Передать ответ в территориальную организацию» and «Передать уничтожение в территориальную
 * организацию»: the overdue task gets the territorial organisation's group as a second candidate group, its reviewers
 * are told, and the statement records when it was escalated.
 */
@Component("escalateWithdrawalDelegate")
public class EscalateWithdrawalDelegate implements JavaDelegate {

    private final TaskService tasks;
    private final ConsentWithdrawals withdrawals;
    private final WithdrawalNotices notices;

    public EscalateWithdrawalDelegate(TaskService tasks, ConsentWithdrawals withdrawals, WithdrawalNotices notices) {
        this.tasks = tasks;
        this.withdrawals = withdrawals;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = Variables.ESCALATION_GROUP.from(execution).get();
        WithdrawalNotices.Term term = term(execution);
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(term == WithdrawalNotices.Term.DESTRUCTION ? Elements.CONFIRM_DESTRUCTION
                        : Elements.ANSWER)
                .list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), group));
        withdrawals.escalated(Variables.WITHDRAWAL_ID.from(execution).get());
        notices.waiting(group, MailTemplate.WITHDRAWAL_ESCALATION, Variables.WITHDRAWAL_ID.from(execution).get(), term);
    }

    /** Which term the reminder or escalation running now is about: the destruction's, or else the answer's. */
    static WithdrawalNotices.Term term(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        return Elements.REMIND_DESTRUCTION.equals(activity) || Elements.ESCALATE_DESTRUCTION.equals(activity)
                ? WithdrawalNotices.Term.DESTRUCTION : WithdrawalNotices.Term.ANSWER;
    }
}
