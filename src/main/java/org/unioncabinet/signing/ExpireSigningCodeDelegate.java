package org.unioncabinet.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Аннулировать код», after the code's lifetime passed without a right entry. */
@Component("expireSigningCodeDelegate")
public class ExpireSigningCodeDelegate implements JavaDelegate {

    private final Signing signing;

    public ExpireSigningCodeDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signing.expireCodes(DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID.from(execution).get());
        DocumentSigningProcess.Variables.SIGNING_OUTCOME.set(execution, DocumentSigningProcess.Outcome.EXPIRED);
    }
}
