package org.unioncabinet.registration;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.uuidVariable;

import java.util.Date;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.unioncabinet.registration.ticket.MembershipLockout;
import org.unioncabinet.registration.ticket.TicketVerification;
import org.unioncabinet.reviewer.ReviewTaskLabels;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The one place that names what {@code processes/registration.bpmn} and the Java side share: the process key, its
 * messages, the element ids code and tests refer to, and its variables with their types. Delegates and listeners
 * read and write variables only through these ({@code LAST_NAME.from(execution).get()},
 * {@code MEMBERSHIP_CHECK.set(execution, result)}); ArchitectureTest refuses the engine's untyped variable API
 * anywhere else. The business key is the member's account id.
 */
public final class RegistrationProcess {

    public static final String KEY = "registration";

    private RegistrationProcess() {
    }

    /** The answer to «У Вас есть электронный профсоюзный билет?», as the form's options and the gateway say it. */
    public enum HasTicket {
        YES("yes"), NO("no");

        private final String value;

        HasTicket(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    /** The primary organisation's decision, as the review form's options and the gateway say it. */
    public enum Decision {
        APPROVE("approve"), REJECT("reject");

        private final String value;

        Decision(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    public static final class Messages {
        /** The member followed a valid confirmation link. */
        public static final String ACCOUNT_CONFIRMED = "AccountConfirmed";
        /** The member asked for a new confirmation link. */
        public static final String CONFIRMATION_LINK_REQUESTED = "ConfirmationLinkRequested";
        /** «Изменить данные» on the join documents (a member action declared on the task). */
        public static final String JOIN_APPLICATION_CHANGE_REQUESTED = "JoinApplicationChangeRequested";
        /** «Назад» on the first form of either variant: back to «У Вас есть электронный профсоюзный билет?». */
        public static final String BACK_TO_TICKET_QUESTION = "BackToTicketQuestion";
        /** «Подать заявление о вступлении» on the page of the wait after too many failed checks. */
        public static final String JOIN_APPLICATION_CHOSEN = "JoinApplicationChosen";

        private Messages() {
        }
    }

    public static final class Errors {
        /** Another account linked the registry record between the member's check and the link. */
        public static final String TICKET_TAKEN = "TICKET_TAKEN";

        private Errors() {
        }
    }

    public static final class Elements {
        public static final String SEND_CONFIRMATION_LINK = "serviceTask_sendConfirmationLink";
        public static final String AWAIT_CONFIRMATION = "receiveTask_awaitConfirmation";
        public static final String REMINDER_TIMER = "timerBoundary_confirmationReminder";
        public static final String SEND_REMINDER = "serviceTask_sendConfirmationReminder";
        public static final String LINK_REQUESTED = "messageBoundary_linkRequested";
        public static final String RESEND_CONFIRMATION_LINK = "serviceTask_resendConfirmationLink";
        public static final String EXPIRY_TIMER = "timerBoundary_registrationExpired";
        public static final String DELETE_UNCONFIRMED_ACCOUNT = "serviceTask_deleteUnconfirmedAccount";
        public static final String REGISTRATION_EXPIRED = "endEvent_registrationExpired";
        public static final String REMINDER_SENT = "endEvent_reminderSent";
        public static final String LINK_RESENT = "endEvent_linkResent";
        public static final String ANSWER_HAS_TICKET = "userTask_answerHasTicket";
        public static final String ENTER_TICKET_DATA = "userTask_enterTicketData";
        public static final String CHECK_MEMBERSHIP = "serviceTask_checkMembership";
        public static final String CHECK_MEMBERSHIP_LOCKOUT = "serviceTask_checkMembershipLockout";
        /** The wait after too many failed checks: its timer, or the member's choice to apply to join instead. */
        public static final String MEMBERSHIP_LOCKOUT = "gateway_membershipLockout";
        public static final String MEMBERSHIP_LOCKOUT_TIMER = "timerEvent_membershipCheckLockout";
        public static final String JOIN_CHOSEN_IN_LOCKOUT = "messageEvent_joinChosenInLockout";
        public static final String RESET_MEMBERSHIP_CHECKS = "serviceTask_resetMembershipChecks";
        public static final String GIVE_CONSENTS = "userTask_giveConsents";
        public static final String PREPARE_CONSENT_DOCUMENTS = "serviceTask_prepareConsentDocuments";
        public static final String REVIEW_CONSENT_DOCUMENTS = "userTask_reviewConsentDocuments";
        public static final String SIGN_DOCUMENTS = "callActivity_signDocuments";
        public static final String LINK_MEMBERSHIP = "serviceTask_linkMembership";
        public static final String TICKET_TAKEN_ERROR = "errorBoundary_ticketTaken";
        public static final String TICKET_TAKEN = "userTask_ticketTaken";
        public static final String ENTER_CABINET = "userTask_enterCabinet";
        public static final String MEMBERSHIP_CONFIRMED = "endEvent_membershipConfirmed";
        // variant 2
        public static final String ENTER_JOIN_APPLICATION = "userTask_enterJoinApplication";
        public static final String PREPARE_JOIN_DOCUMENTS = "serviceTask_prepareJoinDocuments";
        public static final String REVIEW_JOIN_DOCUMENTS = "userTask_reviewJoinDocuments";
        public static final String CHANGE_JOIN_APPLICATION = "messageBoundary_joinApplicationChangeRequested";
        public static final String BACK_FROM_TICKET_DATA = "messageBoundary_backFromTicketData";
        public static final String BACK_FROM_JOIN_APPLICATION = "messageBoundary_backFromJoinApplication";
        public static final String SIGN_JOIN_DOCUMENTS = "callActivity_signJoinDocuments";
        public static final String SUBMIT_JOIN_APPLICATION = "serviceTask_submitJoinApplication";
        public static final String NOTIFY_REVIEWERS = "serviceTask_notifyReviewers";
        public static final String REVIEW_JOIN_APPLICATION = "userTask_reviewJoinApplication";
        public static final String REVIEW_REMINDER_TIMER = "timerBoundary_reviewReminder";
        public static final String REMIND_REVIEWERS = "serviceTask_remindReviewers";
        public static final String REVIEW_ESCALATION_TIMER = "timerBoundary_reviewEscalation";
        public static final String ESCALATE_REVIEW = "serviceTask_escalateReview";
        public static final String REVIEWERS_REMINDED = "endEvent_reviewersReminded";
        public static final String REVIEW_ESCALATED = "endEvent_reviewEscalated";
        public static final String ADMIT_MEMBER = "serviceTask_admitMember";
        public static final String NOTIFY_ADMISSION = "serviceTask_notifyAdmission";
        public static final String MEMBER_ADMITTED = "endEvent_memberAdmitted";
        public static final String NOTIFY_REJECTION = "serviceTask_notifyRejection";

        private Elements() {
        }
    }

    /** The member's own steps: the portal shows these, assigned to the member, and nothing else of this process. */
    public static final Set<String> MEMBER_STEPS = Set.of(Elements.ANSWER_HAS_TICKET, Elements.ENTER_TICKET_DATA,
            Elements.GIVE_CONSENTS, Elements.REVIEW_CONSENT_DOCUMENTS, Elements.TICKET_TAKEN, Elements.ENTER_CABINET,
            Elements.ENTER_JOIN_APPLICATION, Elements.REVIEW_JOIN_DOCUMENTS);

    /**
     * What the process holds: ids of the member's records, the answers and outcomes that route it, and who reviews.
     * What a member types or signs lives in the lanes' tables (ticket checks, applications), never here.
     */
    public static final class Variables {
        /** The answer to «У Вас есть электронный профсоюзный билет?» (form hasTicketQuestion). */
        public static final TextVariable<HasTicket> HAS_TICKET =
                TextVariable.enumByValue("hasTicket", HasTicket.class, HasTicket::value);

        // Variant 1
        /** The member's latest «Проверить данные» (its row holds what was typed). */
        public static final VariableFactory<UUID> TICKET_CHECK_ID = uuidVariable("ticketCheckId");
        /** What «Проверить данные» found; the form ticketData shows its message. */
        public static final TextVariable<TicketVerification.Result> MEMBERSHIP_CHECK =
                TextVariable.enumByName("membershipCheck", TicketVerification.Result.class);
        public static final VariableFactory<Integer> FAILED_MEMBERSHIP_CHECKS = intVariable("failedMembershipChecks");
        /** What the ticket form tells after a failed check: how many checks are left before the wait. */
        public static final VariableFactory<Integer> MEMBERSHIP_CHECKS_LEFT = intVariable("membershipChecksLeft");
        /** When the wait after too many failed checks ends (the timer's date); gone once the count starts again. */
        public static final VariableFactory<Date> MEMBERSHIP_RETRY_AT = dateVariable("membershipRetryAt");
        /** Whether that wait is still running when the member answers «Да» again; «Проверка доступна?» routes on it. */
        public static final TextVariable<MembershipLockout.State> MEMBERSHIP_LOCKOUT =
                TextVariable.enumByName("membershipLockout", MembershipLockout.State.class);
        public static final VariableFactory<UUID> REGISTRY_MEMBER_ID = uuidVariable("registryMemberId");
        /** Form ticketConsents: flags; the consents themselves are recorded when their documents are signed. */
        public static final VariableFactory<Boolean> PERSONAL_DATA_CONSENT = booleanVariable("personalDataConsent");
        public static final VariableFactory<Boolean> ADVERTISING_CONSENT = booleanVariable("advertisingConsent");

        // the documents to sign (the review forms link to them), and the signing sub-process's answer
        public static final VariableFactory<UUID> DOCUMENT_BATCH_ID = uuidVariable("documentBatchId");
        public static final VariableFactory<UUID> PERSONAL_DATA_CONSENT_DOCUMENT_ID =
                uuidVariable("personalDataConsentDocumentId");
        /** Null when the member did not give the advertising consent. */
        public static final VariableFactory<UUID> ADVERTISING_CONSENT_DOCUMENT_ID =
                uuidVariable("advertisingConsentDocumentId");
        /** Handed back by the call activity from {@link DocumentSigningProcess.Variables#SIGNING_OUTCOME}. */
        public static final TextVariable<DocumentSigningProcess.Outcome> SIGNING_OUTCOME =
                DocumentSigningProcess.Variables.SIGNING_OUTCOME;

        // Variant 2
        /** The member's application to join (its row holds every field and the decision). */
        public static final VariableFactory<UUID> JOIN_APPLICATION_ID = uuidVariable("joinApplicationId");
        public static final VariableFactory<UUID> JOIN_APPLICATION_DOCUMENT_ID = uuidVariable("joinApplicationDocumentId");
        /** The candidate group of the review task ({@code ${reviewerGroup}}). */
        public static final VariableFactory<String> REVIEWER_GROUP = stringVariable("reviewerGroup");
        public static final VariableFactory<String> ESCALATION_GROUP = stringVariable("escalationGroup");
        /** From the form joinApplicationReview in Tasklist; the gateway routes on it. */
        public static final TextVariable<Decision> DECISION =
                TextVariable.enumByValue("decision", Decision.class, Decision::value);
        /**
         * From the same form, on its way to the application's row: Tasklist posts it past any validation of ours, so
         * CheckDecisionTaskListener checks it, records it with the decision and removes it from the process.
         */
        public static final TextVariable<String> REJECTION_REASON = TextVariable.plain("rejectionReason");

        // the review task's own labels (task-local, gone with the task): Tasklist's list and form show them
        public static final VariableFactory<String> APPLICANT_NAME_LABEL = ReviewTaskLabels.APPLICANT_NAME;
        public static final VariableFactory<String> SCHOOL_LABEL = ReviewTaskLabels.SCHOOL;
        public static final VariableFactory<String> SUBMITTED_AT_LABEL = ReviewTaskLabels.SUBMITTED_AT;
        public static final VariableFactory<String> DEADLINE_LABEL = ReviewTaskLabels.DEADLINE;

        private Variables() {
        }
    }

    /** What the reviewer's form «Рассмотрение заявления» may set; the rest of the task must stay as it was. */
    public static final Set<String> REVIEW_ANSWER = Set.of(Variables.DECISION.getName(), Variables.REJECTION_REASON.getName());

    /** The member's account, from the business key. */
    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
