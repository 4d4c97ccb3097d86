package org.unioncabinet.emailchange;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Отправить ссылку на новый адрес». */
@Component("sendEmailChangeLinkDelegate")
public class SendEmailChangeLinkDelegate implements JavaDelegate {

    private final EmailChange emailChange;

    public SendEmailChangeLinkDelegate(EmailChange emailChange) {
        this.emailChange = emailChange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emailChange.sendLink(EmailChangeProcess.Variables.EMAIL_CHANGE_ID.from(execution).get());
    }
}
