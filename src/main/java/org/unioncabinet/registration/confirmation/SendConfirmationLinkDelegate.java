package org.unioncabinet.registration.confirmation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;

/** Service tasks «Отправить ссылку для подтверждения email» and «Отправить новую ссылку». */
@Component("sendConfirmationLinkDelegate")
public class SendConfirmationLinkDelegate implements JavaDelegate {

    private final EmailConfirmation confirmation;

    public SendConfirmationLinkDelegate(EmailConfirmation confirmation) {
        this.confirmation = confirmation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        confirmation.sendLink(RegistrationProcess.accountId(execution), false);
    }
}
