package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Передать заявление в первичную профсоюзную организацию». */
@Component("submitCorrectionStatementDelegate")
class SubmitCorrectionStatementDelegate implements JavaDelegate {

    private final CorrectionStatements statements;

    SubmitCorrectionStatementDelegate(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CorrectionStatements.Submitted submitted = statements.submit(PersonalDataCorrectionProcess.accountId(execution),
                Variables.STATEMENT_ID.from(execution).get());
        Variables.REVIEWER_GROUP.on(execution).set(submitted.reviewerGroup());
        Variables.ESCALATION_GROUP.on(execution).set(submitted.escalationGroup());
    }
}
