package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Отметить, что согласие не отозвано»: the member pressed «Не отзывать согласие». */
@Component("cancelWithdrawalDelegate")
public class CancelWithdrawalDelegate implements JavaDelegate {

    private final ConsentWithdrawals withdrawals;

    public CancelWithdrawalDelegate(ConsentWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.cancel(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get());
    }
}
