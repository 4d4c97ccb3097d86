package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MarkdownText;

/**
 * On «Рассмотрение заявления об изменении персональных данных»: who filed it, for which school, when, and until when
 * it is to be decided, as the task's own labels, so that the filter «Заявления моей организации» lists it beside the
 * join applications (docs/adr/0013: the labels are all the engine holds; the reviewer reads the rest from the row).
 * The task as it now is, is what its completion is compared with.
 */
@Component("labelCorrectionTaskListener")
class LabelCorrectionTaskListener implements TaskListener {

    private final CorrectionStatements statements;
    private final ReviewTaskSnapshots snapshots;
    private final DisplayDates dates;

    LabelCorrectionTaskListener(CorrectionStatements statements, ReviewTaskSnapshots snapshots, DisplayDates dates) {
        this.statements = statements;
        this.snapshots = snapshots;
        this.dates = dates;
    }

    @Override
    public void notify(DelegateTask task) {
        CorrectionStatements.Labels labels = statements.labels(Variables.STATEMENT_ID.from(task).get());
        Variables.APPLICANT_NAME_LABEL.on(task).setLocal(MarkdownText.literal(labels.applicantName()));
        Variables.SCHOOL_LABEL.on(task).setLocal(MarkdownText.literal(labels.educationalOrganisationName()));
        Variables.SUBMITTED_AT_LABEL.on(task).setLocal(labels.submittedAt());
        if (task.getDueDate() != null) {
            Variables.DEADLINE_LABEL.on(task).setLocal(dates.date(task.getDueDate().toInstant()));
        }
        snapshots.take(task, PersonalDataCorrectionProcess.REVIEW_ANSWER);
    }
}
