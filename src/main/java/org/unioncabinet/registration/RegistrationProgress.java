package org.unioncabinet.registration;

import java.time.Instant;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Service;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.registry.MembershipCheck;

/** Where a member's registration stands when no step of theirs is waiting (the cabinet's status line). */
@Service
public class RegistrationProgress {

    public enum Stage {
        /** Account created, the link not yet followed. */
        AWAITING_CONFIRMATION,
        /** The process is between steps (a job is running, a mail is going out): the next step appears shortly. */
        PROCESSING,
        /** Variant 1: too many failed registry checks; the check opens again at {@code retryAt}. */
        LOCKED_OUT,
        /** Variant 2: the signed application waits for the primary organisation's decision. */
        APPLICATION_RECEIVED,
        /** A registered member: the cabinet itself. */
        MEMBER
    }

    /** The stage, and for LOCKED_OUT when the member may try again. */
    public record Progress(Stage stage, Instant retryAt) {
        static Progress of(Stage stage) {
            return new Progress(stage, null);
        }
    }

    private final AccountService accounts;
    private final MembershipCheck registry;
    private final HistoryService history;
    private final ManagementService management;
    private final RuntimeService runtime;

    public RegistrationProgress(AccountService accounts, MembershipCheck registry, HistoryService history,
            ManagementService management, RuntimeService runtime) {
        this.runtime = runtime;
        this.accounts = accounts;
        this.registry = registry;
        this.history = history;
        this.management = management;
    }

    public Progress of(UUID accountId) {
        boolean confirmed = accounts.find(accountId).map(Account::isConfirmed).orElse(false);
        if (!confirmed) {
            return Progress.of(Stage.AWAITING_CONFIRMATION);
        }
        HistoricProcessInstance journey = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(accountId.toString())
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1)
                .stream().findFirst().orElse(null);
        if (journey != null && journey.getEndTime() == null) {
            Job lockout = management.createJobQuery()
                    .processInstanceId(journey.getId())
                    .activityId(RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT_TIMER)
                    .singleResult();
            if (lockout != null) {
                return new Progress(Stage.LOCKED_OUT, lockout.getDuedate().toInstant());
            }
            boolean underReview = runtime.createExecutionQuery()
                    .processInstanceId(journey.getId())
                    .activityId(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION)
                    .count() > 0;
            return Progress.of(underReview ? Stage.APPLICATION_RECEIVED : Stage.PROCESSING);
        }
        if (registry.ofAccount(accountId).isPresent()) {
            return Progress.of(Stage.MEMBER);
        }
        return Progress.of(Stage.PROCESSING);
    }
}
