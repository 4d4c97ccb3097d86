package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сообщить первичной профсоюзной организации об отзыве согласия». */
@Component("notifyWithdrawalOrganisationDelegate")
public class NotifyWithdrawalOrganisationDelegate implements JavaDelegate {

    private final WithdrawalNotices notices;

    public NotifyWithdrawalOrganisationDelegate(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.arrived(ConsentWithdrawalProcess.Variables.REVIEWER_GROUP.from(execution).get(),
                ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get());
    }
}
