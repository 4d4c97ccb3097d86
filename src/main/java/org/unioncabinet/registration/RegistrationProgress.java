package org.unioncabinet.registration;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;

/** Where a member's registration stands when no step of theirs is waiting (the cabinet's status line). */
@Service
public class RegistrationProgress {

    public enum Stage {
        /** Account created, the link not yet followed. */
        AWAITING_CONFIRMATION,
        /** The process is between steps (a job is running): the next step appears in a moment. */
        PROCESSING,
        /** Answered «Да»: the membership check by e-ticket is next (variant 1). */
        TICKET_VARIANT_NEXT,
        /** Answered «Нет»: joining the union is next (variant 2). */
        JOIN_VARIANT_NEXT
    }

    private final AccountService accounts;
    private final HistoryService history;

    public RegistrationProgress(AccountService accounts, HistoryService history) {
        this.accounts = accounts;
        this.history = history;
    }

    public Stage of(UUID accountId) {
        boolean confirmed = accounts.find(accountId).map(Account::isConfirmed).orElse(false);
        if (!confirmed) {
            return Stage.AWAITING_CONFIRMATION;
        }
        HistoricProcessInstance journey = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(accountId.toString())
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1)
                .stream().findFirst().orElse(null);
        if (journey == null || journey.getEndTime() == null) {
            return Stage.PROCESSING;
        }
        return RegistrationProcess.Elements.JOIN_VARIANT_NEXT.equals(journey.getEndActivityId())
                ? Stage.JOIN_VARIANT_NEXT : Stage.TICKET_VARIANT_NEXT;
    }
}
