package org.unioncabinet.withdrawal;

import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.ANSWER_DUE_AT;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.ANSWER_REMINDER_AT;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DESTRUCTION_DUE_AT;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DESTRUCTION_REMINDER_AT;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.ESCALATION_GROUP;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.HAS_ORGANISATION;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.REVIEWER_GROUP;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewerGroups;

/**
 * Service task «Отозвать согласие и прекратить обработку»: the signed statement withdraws the consent, stops the
 * cabinet's processing, and starts the legal clocks; the process gets who answers and when its timers are due.
 */
@Component("recordWithdrawalDelegate")
public class RecordWithdrawalDelegate implements JavaDelegate {

    private final ConsentWithdrawals withdrawals;

    public RecordWithdrawalDelegate(ConsentWithdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ConsentWithdrawals.Signed signed = withdrawals.signed(WITHDRAWAL_ID.from(execution).get());
        HAS_ORGANISATION.on(execution).set(signed.organisation().isPresent());
        signed.organisation().ifPresent(organisation -> {
            REVIEWER_GROUP.on(execution).set(ReviewerGroups.primaryGroup(organisation.primaryOrganisationId()));
            ESCALATION_GROUP.on(execution).set(ReviewerGroups.territorialGroup(organisation.territorialOrganisationId()));
        });
        ANSWER_REMINDER_AT.on(execution).set(Date.from(signed.terms().answerReminderAt()));
        ANSWER_DUE_AT.on(execution).set(Date.from(signed.terms().answerDueAt()));
        DESTRUCTION_REMINDER_AT.on(execution).set(Date.from(signed.terms().destructionReminderAt()));
        DESTRUCTION_DUE_AT.on(execution).set(Date.from(signed.terms().destructionDueAt()));
    }
}
