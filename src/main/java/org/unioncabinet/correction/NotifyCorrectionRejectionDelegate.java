package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Сообщить об отказе»: the member is told why (the decision was recorded when it was made). */
@Component("notifyCorrectionRejectionDelegate")
class NotifyCorrectionRejectionDelegate implements JavaDelegate {

    private final CorrectionNotices notices;

    NotifyCorrectionRejectionDelegate(CorrectionNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.rejected(Variables.STATEMENT_ID.from(execution).get());
    }
}
