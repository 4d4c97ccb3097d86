package org.unioncabinet.emailchange;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Предупредить владельца адреса». */
@Component("sendEmailChangeAttemptNoticeDelegate")
public class SendEmailChangeAttemptNoticeDelegate implements JavaDelegate {

    private final EmailChange emailChange;

    public SendEmailChangeAttemptNoticeDelegate(EmailChange emailChange) {
        this.emailChange = emailChange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emailChange.warnAddressOwner(EmailChangeProcess.Variables.EMAIL_CHANGE_ID.from(execution).get());
    }
}
