package org.unioncabinet.login;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Отправить ссылку для смены пароля». */
@Component("sendPasswordResetLinkDelegate")
public class SendPasswordResetLinkDelegate implements JavaDelegate {

    private final PasswordReset passwordReset;

    public SendPasswordResetLinkDelegate(PasswordReset passwordReset) {
        this.passwordReset = passwordReset;
    }

    @Override
    public void execute(DelegateExecution execution) {
        passwordReset.sendLink(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
