package org.unioncabinet.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Отправить код подтверждения» (also after «Отправить код повторно»). */
@Component("sendSigningCodeDelegate")
public class SendSigningCodeDelegate implements JavaDelegate {

    private final Signing signing;

    public SendSigningCodeDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signing.sendCode(DocumentSigningProcess.accountId(execution),
                DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID.from(execution).get());
        // A new code starts clean: no «Неверный код» left over from the previous one.
        DocumentSigningProcess.Variables.CODE_CHECK.remove(execution);
    }
}
