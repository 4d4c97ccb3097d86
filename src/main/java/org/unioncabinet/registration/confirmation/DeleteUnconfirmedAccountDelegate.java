package org.unioncabinet.registration.confirmation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.registration.RegistrationProcess;

/** Service task «Удалить неподтверждённый кабинет и персональные данные» (152-ФЗ: no purpose, no data). */
@Component("deleteUnconfirmedAccountDelegate")
public class DeleteUnconfirmedAccountDelegate implements JavaDelegate {

    private final AccountService accounts;

    public DeleteUnconfirmedAccountDelegate(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        accounts.deleteUnconfirmed(RegistrationProcess.accountId(execution));
    }
}
