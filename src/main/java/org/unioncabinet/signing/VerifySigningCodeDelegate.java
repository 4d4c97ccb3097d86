package org.unioncabinet.signing;

import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CODE_ATTEMPTS_LEFT;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CODE_CHECK;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.CONFIRMATION_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.SIGNER_NAME;
import static org.unioncabinet.signing.DocumentSigningProcess.Variables.SIGNING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.signing.Submitter;

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
        Submitter submitter = new Submitter((String) execution.getVariable(Submitter.ADDRESS_VARIABLE),
                (String) execution.getVariable(Submitter.USER_AGENT_VARIABLE));
        CodeCheck check = signing.verify(DocumentSigningProcess.accountId(execution),
                DocumentSigningProcess.batchId(execution), (String) execution.getVariable(CONFIRMATION_CODE),
                (String) execution.getVariable(SIGNER_NAME), submitter);
        execution.removeVariable(CONFIRMATION_CODE);
        execution.setVariable(CODE_CHECK, check.result().name());
        execution.setVariable(CODE_ATTEMPTS_LEFT, check.attemptsLeft());
        switch (check.result()) {
            case VALID -> execution.setVariable(SIGNING_OUTCOME, "SIGNED");
            case EXHAUSTED -> execution.setVariable(SIGNING_OUTCOME, "EXHAUSTED");
            case EXPIRED -> execution.setVariable(SIGNING_OUTCOME, "EXPIRED");
            case WRONG -> { }
        }
    }
}
