package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Сообщить первичной профсоюзной организации о заявлении». */
@Component("notifyCorrectionReviewersDelegate")
class NotifyCorrectionReviewersDelegate implements JavaDelegate {

    private final CorrectionNotices notices;

    NotifyCorrectionReviewersDelegate(CorrectionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.arrived(Variables.REVIEWER_GROUP.from(execution).get(), Variables.STATEMENT_ID.from(execution).get());
    }
}
