package org.unioncabinet.emailchange;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сообщить на прежний адрес». */
@Component("notifyOldEmailAddressDelegate")
public class NotifyOldEmailAddressDelegate implements JavaDelegate {

    private final EmailChange emailChange;

    public NotifyOldEmailAddressDelegate(EmailChange emailChange) {
        this.emailChange = emailChange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emailChange.notifyOldAddress(EmailChangeProcess.Variables.EMAIL_CHANGE_ID.from(execution).get());
    }
}
