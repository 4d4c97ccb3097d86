package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;

/** Service task «Сообщить члену Профсоюза о получении заявления»: the statement, the consent withdrawn, the terms. */
@Component("notifyWithdrawalReceivedDelegate")
public class NotifyWithdrawalReceivedDelegate implements JavaDelegate {

    private final WithdrawalNotices notices;

    public NotifyWithdrawalReceivedDelegate(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.toMember(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get(), MailTemplate.WITHDRAWAL_RECEIVED);
    }
}
