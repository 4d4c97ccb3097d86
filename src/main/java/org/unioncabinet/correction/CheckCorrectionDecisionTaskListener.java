package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Decision;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.reviewer.ReviewAnswer;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Рассмотрение заявления об изменении персональных данных»: the reviewer's answer is checked
 * ({@link ReviewAnswer}) and recorded with the statement (what, by whom, when) in the same transaction; an approval the
 * registry cannot take (no record of that ticket, or another member's) is refused too, with the reason. A refusal
 * keeps the task open; Tasklist shows the Russian message.
 */
@Component("checkCorrectionDecisionTaskListener")
class CheckCorrectionDecisionTaskListener implements TaskListener {

    private final CorrectionStatements statements;
    private final ReviewTaskSnapshots snapshots;

    CheckCorrectionDecisionTaskListener(CorrectionStatements statements, ReviewTaskSnapshots snapshots) {
        this.statements = statements;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewAnswer<Decision> answer = ReviewAnswer.check(snapshots, task, PersonalDataCorrectionProcess.REVIEW_ANSWER,
                Variables.DECISION, Decision.REJECT, Variables.REJECTION_REASON,
                "Выберите решение: «Внести изменения» или «Отказать».");
        try {
            statements.decide(Variables.STATEMENT_ID.from(task).get(), answer.decision(), answer.reason(),
                    ReviewAnswer.reviewer(task));
        } catch (CorrectionStatements.NotApplicable notApplicable) {
            throw ReviewAnswer.refused(Variables.DECISION, notApplicable.getMessage());
        }
        Variables.REJECTION_REASON.remove(task);
        snapshots.forget(task);
    }
}
