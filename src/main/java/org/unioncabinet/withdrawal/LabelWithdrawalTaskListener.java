package org.unioncabinet.withdrawal;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewTaskLabels;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MarkdownText;

/**
 * On «Ответ на отзыв согласия» and «Подтверждение уничтожения персональных данных»: who filed the statement, from which
 * school, when it was signed and until when the task is due go onto the task itself (task-local), so the filter
 * «Заявления моей организации» lists it and the form names them; the rest the reviewer reads from the statement's row.
 * The task as it now is, is what its completion is compared with.
 */
@Component("labelWithdrawalTaskListener")
public class LabelWithdrawalTaskListener implements TaskListener {

    private final ConsentWithdrawals withdrawals;
    private final ReviewTaskSnapshots snapshots;
    private final DisplayDates dates;

    public LabelWithdrawalTaskListener(ConsentWithdrawals withdrawals, ReviewTaskSnapshots snapshots,
            DisplayDates dates) {
        this.withdrawals = withdrawals;
        this.snapshots = snapshots;
        this.dates = dates;
    }

    @Override
    public void notify(DelegateTask task) {
        ConsentWithdrawals.Labels labels =
                withdrawals.labels(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(task).get());
        ReviewTaskLabels.APPLICANT_NAME.on(task).setLocal(MarkdownText.literal(labels.applicantName()));
        ReviewTaskLabels.SCHOOL.on(task).setLocal(MarkdownText.literal(labels.school()));
        ReviewTaskLabels.SUBMITTED_AT.on(task).setLocal(dates.dateTime(labels.signedAt()));
        // the task is due when its last day is over (midnight, Moscow): the label names that last day
        if (task.getDueDate() != null) {
            ReviewTaskLabels.DEADLINE.on(task).setLocal(dates.date(task.getDueDate().toInstant().minusSeconds(1)));
        }
        snapshots.take(task, answer(task));
    }

    /** The variables the reviewer's form of this task may set. */
    static Set<String> answer(DelegateTask task) {
        return ConsentWithdrawalProcess.Elements.CONFIRM_DESTRUCTION.equals(task.getTaskDefinitionKey())
                ? ConsentWithdrawalProcess.DESTRUCTION_ANSWER : ConsentWithdrawalProcess.ANSWER;
    }
}
