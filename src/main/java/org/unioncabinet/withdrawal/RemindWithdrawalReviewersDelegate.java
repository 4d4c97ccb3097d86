package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;

/**
 * Service tasks «Напомнить об ответе» and «Напомнить об уничтожении»: the primary organisation's reviewers hear that a
 * term of the law is near.
 */
@Component("remindWithdrawalReviewersDelegate")
public class RemindWithdrawalReviewersDelegate implements JavaDelegate {

    private final WithdrawalNotices notices;

    public RemindWithdrawalReviewersDelegate(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.waiting(ConsentWithdrawalProcess.Variables.REVIEWER_GROUP.from(execution).get(),
                MailTemplate.WITHDRAWAL_REMINDER, ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get(),
                EscalateWithdrawalDelegate.term(execution));
    }
}
