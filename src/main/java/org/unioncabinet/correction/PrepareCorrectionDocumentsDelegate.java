package org.unioncabinet.correction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;

/** Service task «Сформировать заявление»: the statement's PDF, from its row. */
@Component("prepareCorrectionDocumentsDelegate")
class PrepareCorrectionDocumentsDelegate implements JavaDelegate {

    private final CorrectionStatements statements;

    PrepareCorrectionDocumentsDelegate(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CorrectionStatements.Prepared prepared = statements.prepareDocuments(
                PersonalDataCorrectionProcess.accountId(execution), Variables.STATEMENT_ID.from(execution).get());
        Variables.DOCUMENT_BATCH_ID.on(execution).set(prepared.batchId());
        Variables.DOCUMENT_ID.on(execution).set(prepared.documentId());
        Variables.SIGNING_OUTCOME.remove(execution);
    }
}
