package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Отменить заявление»: the draft no longer blocks a new statement. */
@Component("withdrawCorrectionDelegate")
class WithdrawCorrectionDelegate implements JavaDelegate {

    private final CorrectionStatements statements;

    WithdrawCorrectionDelegate(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        statements.withdraw(Variables.STATEMENT_ID.from(execution).get());
    }
}
