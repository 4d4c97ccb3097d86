package org.unioncabinet.signing;

import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CODE_ATTEMPTS_LEFT;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CODE_CHECK;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CONFIRMATION_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.SIGNING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.signing.DocumentSigningProcess.Outcome;

/**
 * Service task «Проверить код и подписать документы». The entered code leaves the engine here: it
 * is checked and its variable removed in the same transaction.
 */
@Component("verifySigningCodeDelegate")
public class VerifySigningCodeDelegate implements JavaDelegate {

    private final Signing signing;

    public VerifySigningCodeDelegate(Signing signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CodeCheck check = signing.verify(DocumentSigningProcess.accountId(execution),
                DOCUMENT_BATCH_ID.from(execution).get(), CONFIRMATION_CODE.from(execution).getOrNull(),
                Submitter.of(execution));
        CONFIRMATION_CODE.on(execution).remove();
        CODE_CHECK.set(execution, check.result());
        CODE_ATTEMPTS_LEFT.on(execution).set(check.attemptsLeft());
        switch (check.result()) {
            case VALID -> SIGNING_OUTCOME.set(execution, Outcome.SIGNED);
            case EXHAUSTED -> SIGNING_OUTCOME.set(execution, Outcome.EXHAUSTED);
            case EXPIRED -> SIGNING_OUTCOME.set(execution, Outcome.EXPIRED);
            case WRONG, REFUSED -> { }
        }
    }
}
