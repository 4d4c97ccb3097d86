package org.unioncabinet.withdrawal;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The only class that starts {@code consent-withdrawal.bpmn} or asks whether one runs. */
@Component
public class ConsentWithdrawalJourney {

    private final RuntimeService runtime;
    private final ConsentWithdrawals withdrawals;
    private final JdbcClient jdbc;

    ConsentWithdrawalJourney(RuntimeService runtime, ConsentWithdrawals withdrawals, JdbcClient jdbc) {
        this.runtime = runtime;
        this.withdrawals = withdrawals;
        this.jdbc = jdbc;
    }

    /**
     * «Отозвать согласие» on the member's personal-data consent: a statement is prepared and her step to confirm it
     * waits in the cabinet. One withdrawal at a time: the account is locked, so two clicks start one.
     */
    @Transactional
    public ConsentWithdrawals.StartOutcome start(UUID accountId, UUID consentId) {
        jdbc.sql("SELECT id FROM app.account WHERE id = :id FOR UPDATE").param("id", accountId).query(UUID.class)
                .optional();
        if (isRunning(accountId)) {
            return ConsentWithdrawals.StartOutcome.ALREADY_RUNNING;
        }
        UUID withdrawalId = withdrawals.open(accountId, consentId);
        if (withdrawalId == null) {
            return ConsentWithdrawals.StartOutcome.NOT_WITHDRAWABLE;
        }
        runtime.createProcessInstanceByKey(ConsentWithdrawalProcess.KEY)
                .businessKey(accountId.toString())
                .setVariable(ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.getName(), withdrawalId)
                .execute();
        return ConsentWithdrawals.StartOutcome.STARTED;
    }

    /** Whether a withdrawal of the member runs (from her confirmation to the confirmed destruction). */
    public boolean isRunning(UUID accountId) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(ConsentWithdrawalProcess.KEY)
                .processInstanceBusinessKey(accountId.toString())
                .count() > 0;
    }
}
