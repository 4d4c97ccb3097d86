package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;

/** Service task «Сообщить члену Профсоюза об уничтожении данных»: the withdrawal is complete. */
@Component("notifyWithdrawalCompletedDelegate")
public class NotifyWithdrawalCompletedDelegate implements JavaDelegate {

    private final WithdrawalNotices notices;

    public NotifyWithdrawalCompletedDelegate(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.toMember(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get(), MailTemplate.WITHDRAWAL_COMPLETED);
    }
}
