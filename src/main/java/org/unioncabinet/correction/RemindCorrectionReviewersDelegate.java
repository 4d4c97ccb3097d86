package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.mail.MailTemplate;

/** Service task «Напомнить первичной профсоюзной организации». */
@Component("remindCorrectionReviewersDelegate")
class RemindCorrectionReviewersDelegate implements JavaDelegate {

    private final CorrectionNotices notices;

    RemindCorrectionReviewersDelegate(CorrectionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.waiting(Variables.REVIEWER_GROUP.from(execution).get(), MailTemplate.CORRECTION_REVIEW_REMINDER,
                Variables.STATEMENT_ID.from(execution).get());
    }
}
