package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Сообщить о внесении изменений». */
@Component("notifyCorrectionApprovalDelegate")
class NotifyCorrectionApprovalDelegate implements JavaDelegate {

    private final CorrectionNotices notices;

    NotifyCorrectionApprovalDelegate(CorrectionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.approved(Variables.STATEMENT_ID.from(execution).get());
    }
}
