package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MarkdownText;

/**
 * On «Рассмотрение заявления о вступлении в Профсоюз»: puts who applied, from which school and when, and until when
 * the application is to be decided, onto the task itself, so that the filter «Заявления моей организации» lists them and the review form names them. These labels
 * are all the engine ever holds of an applicant (docs/adr/0013): task-local, gone with the task; everything else
 * the reviewer reads on the application's page, from its row. The task as it now is, is what its completion is
 * compared with ({@link ReviewTaskSnapshots}).
 */
@Component("labelApplicationTaskListener")
public class LabelApplicationTaskListener implements TaskListener {

    private final JoinApplications applications;
    private final ReviewTaskSnapshots snapshots;
    private final DisplayDates dates;

    public LabelApplicationTaskListener(JoinApplications applications, ReviewTaskSnapshots snapshots, DisplayDates dates) {
        this.applications = applications;
        this.snapshots = snapshots;
        this.dates = dates;
    }

    @Override
    public void notify(DelegateTask task) {
        JoinApplications.Labels labels = applications.labels(Variables.JOIN_APPLICATION_ID.from(task).get());
        // shown inside the review form's markdown text in Tasklist: plain text, whatever a name holds
        Variables.APPLICANT_NAME_LABEL.on(task).setLocal(MarkdownText.literal(labels.applicantName()));
        Variables.SCHOOL_LABEL.on(task).setLocal(MarkdownText.literal(labels.educationalOrganisationName()));
        Variables.SUBMITTED_AT_LABEL.on(task).setLocal(labels.submittedAt());
        // the due date (set from the diagram before create listeners run) as a date, not Tasklist's «через 10 дней»
        if (task.getDueDate() != null) {
            Variables.DEADLINE_LABEL.on(task).setLocal(dates.date(task.getDueDate().toInstant()));
        }
        snapshots.take(task, RegistrationProcess.REVIEW_ANSWER);
    }
}
