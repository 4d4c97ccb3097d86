package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Зафиксировать уничтожение без первичной организации»: nobody but the cabinet held the data. */
@Component("destroyWithoutOrganisationDelegate")
public class DestroyWithoutOrganisationDelegate implements JavaDelegate {

    private final ConsentWithdrawals withdrawals;

    public DestroyWithoutOrganisationDelegate(ConsentWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        withdrawals.destroyWithoutOrganisation(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.from(execution).get());
    }
}
