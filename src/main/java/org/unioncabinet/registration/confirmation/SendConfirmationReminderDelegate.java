package org.unioncabinet.registration.confirmation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Напомнить о подтверждении email»: the reminder carries a fresh link. */
@Component("sendConfirmationReminderDelegate")
public class SendConfirmationReminderDelegate implements JavaDelegate {

    private final EmailConfirmation confirmation;

    public SendConfirmationReminderDelegate(EmailConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.sendLink(RegistrationProcess.accountId(execution), true);
    }
}
