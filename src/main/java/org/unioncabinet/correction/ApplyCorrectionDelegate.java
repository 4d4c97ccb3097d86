package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/**
 * Service task «Внести изменения в АИС «Единый реестр»»: the record is corrected from the statement's row, never
 * from anything a reviewer could have sent with the decision.
 */
@Component("applyCorrectionDelegate")
class ApplyCorrectionDelegate implements JavaDelegate {

    private final CorrectionStatements statements;

    ApplyCorrectionDelegate(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statements.apply(Variables.STATEMENT_ID.from(execution).get());
    }
}
