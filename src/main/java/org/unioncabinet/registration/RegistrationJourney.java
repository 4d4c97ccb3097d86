package org.unioncabinet.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registry.MembershipCheck;

/**
 * The member's registration process as the rest of the app sees it: started, told of the confirmation, asked for
 * a new link, and where it stands when no step of the member's is waiting. Controllers never build correlations
 * or query the engine for this process themselves.
 */
@Component
public class RegistrationJourney {

    private static final Duration POLL = Duration.ofMillis(100);

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

    /** Where a signed application to join stands, in the member's words: status, who decides, since when. */
    public record ApplicationStatus(String status, String reviewedBy, Instant submittedAt) {
    }

    /**
     * The stage; for LOCKED_OUT when the member may try again; for APPLICATION_RECEIVED the application's status
     * line (the cabinet's status page).
     */
    public record Progress(Stage stage, Instant retryAt, Optional<ApplicationStatus> application) {
        static Progress of(Stage stage) {
            return new Progress(stage, null, Optional.empty());
        }
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final AccountService accounts;
    private final MembershipCheck registry;
    private final JoinApplications applications;
    private final Clock clock;

    public RegistrationJourney(RuntimeService runtime, HistoryService history, ManagementService management,
            AccountService accounts, MembershipCheck registry, JoinApplications applications, Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.accounts = accounts;
        this.registry = registry;
        this.applications = applications;
    }

    /**
     * The member's name: the registry's when the cabinet is linked, else the one given in the latest signed
     * application to join (an applicant waiting for the review); empty for a cabinet with neither.
     */
    public Optional<MemberName> memberName(UUID accountId) {
        return registry.ofAccount(accountId)
                .map(member -> new MemberName(member.lastName(), member.firstName(), member.middleName()))
                .or(() -> applications.latestSignedForm(accountId)
                        .map(form -> new MemberName(form.lastName(), form.firstName(), form.middleName())));
    }

    public void start(UUID accountId) {
        runtime.startProcessInstanceByKey(RegistrationProcess.KEY, accountId.toString());
    }

    /**
     * Moves the journey past the e-mail confirmation; fails if it is not waiting for one. The link's mail leaves
     * from inside the job that then puts the journey into its wait, so a link followed at once may arrive a
     * moment before that job commits: wait for the journey to get there, as long as {@code patience} allows.
     */
    public void emailConfirmed(UUID accountId, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        try {
            while (!waitsForConfirmation(accountId) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runtime.createMessageCorrelation(RegistrationProcess.Messages.ACCOUNT_CONFIRMED)
                .processInstanceBusinessKey(accountId.toString())
                .correlateWithResult();
    }

    private boolean waitsForConfirmation(UUID accountId) {
        return runtime.createExecutionQuery()
                .processInstanceBusinessKey(accountId.toString())
                .messageEventSubscriptionName(RegistrationProcess.Messages.ACCOUNT_CONFIRMED)
                .count() > 0;
    }

    /** @return false when the journey is no longer waiting for a confirmation (already confirmed or expired) */
    public boolean requestNewConfirmationLink(UUID accountId) {
        return correlateIfWaiting(accountId, RegistrationProcess.Messages.CONFIRMATION_LINK_REQUESTED);
    }

    /**
     * «Подать заявление о вступлении» from the page of the wait after too many failed checks (instruction, variant 2:
     * a member with a paper ticket joins by application).
     *
     * @return false when the member is not in that wait (it ended, or this is a second click)
     */
    public boolean chooseJoinApplicationInLockout(UUID accountId) {
        return correlateIfWaiting(accountId, RegistrationProcess.Messages.JOIN_APPLICATION_CHOSEN);
    }

    /**
     * A correction statement of a member in the wait after too many failed checks was approved: their registry record
     * now says what they typed, and is linked to them. The wait ends now (its timer falls due, and the job resets the
     * count as at the end of any wait), so the member checks again at once and passes, and the journey goes on as
     * after any successful check: consents, signing, the cabinet. A journey not in that wait is left alone: its next
     * «Проверить данные» passes anyway.
     */
    public void endMembershipLockout(UUID accountId) {
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(accountId.toString())
                .list()
                .stream()
                .flatMap(journey -> management.createJobQuery()
                        .processInstanceId(journey.getId())
                        .activityId(RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT_TIMER)
                        .list().stream())
                .filter(job -> job.getDuedate() != null && job.getDuedate().toInstant().isAfter(clock.instant()))
                .forEach(job -> management.setJobDuedate(job.getId(), Date.from(clock.instant())));
    }

    /** A member's action that the journey takes only while it waits for it; @return whether it was taken */
    private boolean correlateIfWaiting(UUID accountId, String message) {
        boolean waiting = runtime.createExecutionQuery()
                .processInstanceBusinessKey(accountId.toString())
                .messageEventSubscriptionName(message)
                .count() > 0;
        if (!waiting) {
            return false;
        }
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(accountId.toString())
                    .correlateWithResult();
            return true;
        } catch (MismatchingMessageCorrelationException | OptimisticLockingException takenMeanwhile) {
            // the wait ended (a timer, a second click) between the look and the correlation
            return false;
        }
    }

    /** Where a member's registration stands when no step of theirs is waiting (the cabinet's status line). */
    public Progress progress(UUID accountId) {
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
            // a wait whose end has passed is ending now (its timer is due): the next step is a moment away
            if (lockout != null && lockout.getDuedate().toInstant().isAfter(clock.instant())) {
                return new Progress(Stage.LOCKED_OUT, lockout.getDuedate().toInstant(), Optional.empty());
            }
            boolean underReview = runtime.createExecutionQuery()
                    .processInstanceId(journey.getId())
                    .activityId(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION)
                    .count() > 0;
            return underReview ? new Progress(Stage.APPLICATION_RECEIVED, null, applications.status(accountId))
                    : Progress.of(Stage.PROCESSING);
        }
        if (registry.ofAccount(accountId).isPresent()) {
            return Progress.of(Stage.MEMBER);
        }
        return Progress.of(Stage.PROCESSING);
    }
}
