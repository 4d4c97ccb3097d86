package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewAnswer;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Рассмотрение заявления о вступлении в Профсоюз»: Tasklist sends the reviewer's answer straight
 * to the engine, past the portal's validation, so the decision is checked here ({@link ReviewAnswer}), then recorded
 * with the application (what, by whom, when) in the same transaction. Anything else the completion would change (Tasklist accepts any
 * variable) refuses it ({@link ReviewTaskSnapshots}). A refusal keeps the task open, and Tasklist shows the Russian
 * message to the reviewer. The reason goes to the member in a mail and on her form, so it must be there, be of a
 * sensible length and carry no control characters; it lives in the application's row, not in the process.
 */
@Component("checkDecisionTaskListener")
public class CheckDecisionTaskListener implements TaskListener {

    public static final int MAX_REASON = ReviewAnswer.MAX_REASON;

    private final JoinApplications applications;
    private final ReviewTaskSnapshots snapshots;

    public CheckDecisionTaskListener(JoinApplications applications, ReviewTaskSnapshots snapshots) {
        this.applications = applications;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewAnswer<Decision> answer = ReviewAnswer.check(snapshots, task, RegistrationProcess.REVIEW_ANSWER,
                Variables.DECISION, Decision.REJECT, Variables.REJECTION_REASON,
                "Выберите решение: «Принять в Профсоюз» или «Отказать».");
        applications.decide(Variables.JOIN_APPLICATION_ID.from(task).get(), answer.decision(), answer.reason(),
                ReviewAnswer.reviewer(task));
        Variables.REJECTION_REASON.remove(task);
        snapshots.forget(task);
    }
}
