package org.unioncabinet.withdrawal;

import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DOCUMENT_BATCH_ID;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.SIGNING_OUTCOME;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.STATEMENT_DOCUMENT_ID;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Сформировать заявление об отзыве согласия». */
@Component("prepareWithdrawalStatementDelegate")
public class PrepareWithdrawalStatementDelegate implements JavaDelegate {

    private final ConsentWithdrawals withdrawals;

    public PrepareWithdrawalStatementDelegate(ConsentWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConsentWithdrawals.Prepared prepared = withdrawals.prepare(WITHDRAWAL_ID.from(execution).get());
        DOCUMENT_BATCH_ID.on(execution).set(prepared.batchId());
        STATEMENT_DOCUMENT_ID.on(execution).set(prepared.documentId());
        SIGNING_OUTCOME.remove(execution);
    }
}
