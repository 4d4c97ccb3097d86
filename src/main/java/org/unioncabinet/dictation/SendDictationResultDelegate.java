package org.unioncabinet.dictation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сообщить результат» (asynchronous: a mail outage is retried, then an incident). */
@Component("sendDictationResultDelegate")
public class SendDictationResultDelegate implements JavaDelegate {

    private final ResultMail mail;

    public SendDictationResultDelegate(ResultMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.send(DictationAttemptProcess.attemptId(execution));
    }
}
