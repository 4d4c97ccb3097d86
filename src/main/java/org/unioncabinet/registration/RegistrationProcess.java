package org.unioncabinet.registration;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The one place that names what {@code processes/registration.bpmn} and the Java side share: the
 * process key, its messages, the element ids code and tests refer to, and its variables.
 * The business key is the member's account id; the process holds no personal data.
 */
public final class RegistrationProcess {

    public static final String KEY = "registration";

    private RegistrationProcess() {
    }

    public static final class Messages {
        /** The member followed a valid confirmation link. */
        public static final String ACCOUNT_CONFIRMED = "AccountConfirmed";
        /** The member asked for a new confirmation link. */
        public static final String CONFIRMATION_LINK_REQUESTED = "ConfirmationLinkRequested";
        /** «Изменить данные» on the join documents (a member action declared on the task). */
        public static final String JOIN_APPLICATION_CHANGE_REQUESTED = "JoinApplicationChangeRequested";

        private Messages() {
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
        public static final String ANSWER_HAS_TICKET = "userTask_answerHasTicket";
        public static final String ENTER_TICKET_DATA = "userTask_enterTicketData";
        public static final String CHECK_MEMBERSHIP = "serviceTask_checkMembership";
        public static final String MEMBERSHIP_LOCKOUT_TIMER = "timerEvent_membershipCheckLockout";
        public static final String RESET_MEMBERSHIP_CHECKS = "serviceTask_resetMembershipChecks";
        public static final String GIVE_CONSENTS = "userTask_giveConsents";
        public static final String PREPARE_CONSENT_DOCUMENTS = "serviceTask_prepareConsentDocuments";
        public static final String REVIEW_CONSENT_DOCUMENTS = "userTask_reviewConsentDocuments";
        public static final String SIGN_DOCUMENTS = "callActivity_signDocuments";
        public static final String LINK_MEMBERSHIP = "serviceTask_linkMembership";
        public static final String ENTER_CABINET = "userTask_enterCabinet";
        public static final String MEMBERSHIP_CONFIRMED = "endEvent_membershipConfirmed";
        // variant 2
        public static final String ENTER_JOIN_APPLICATION = "userTask_enterJoinApplication";
        public static final String PREPARE_JOIN_DOCUMENTS = "serviceTask_prepareJoinDocuments";
        public static final String REVIEW_JOIN_DOCUMENTS = "userTask_reviewJoinDocuments";
        public static final String CHANGE_JOIN_APPLICATION = "messageBoundary_joinApplicationChangeRequested";
        public static final String SIGN_JOIN_DOCUMENTS = "callActivity_signJoinDocuments";
        public static final String SUBMIT_JOIN_APPLICATION = "serviceTask_submitJoinApplication";
        public static final String REVIEW_JOIN_APPLICATION = "userTask_reviewJoinApplication";
        public static final String REVIEW_REMINDER_TIMER = "timerBoundary_reviewReminder";
        public static final String REMIND_REVIEWERS = "serviceTask_remindReviewers";
        public static final String REVIEW_ESCALATION_TIMER = "timerBoundary_reviewEscalation";
        public static final String ESCALATE_REVIEW = "serviceTask_escalateReview";
        public static final String ADMIT_MEMBER = "serviceTask_admitMember";
        public static final String NOTIFY_ADMISSION = "serviceTask_notifyAdmission";
        public static final String MEMBER_ADMITTED = "endEvent_memberAdmitted";
        public static final String NOTIFY_REJECTION = "serviceTask_notifyRejection";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The answer to «У Вас есть электронный профсоюзный билет?»: {@code yes} or {@code no} (form hasTicketQuestion). */
        public static final String HAS_TICKET = "hasTicket";

        // Variant 1, form ticketData
        public static final String LAST_NAME = "lastName";
        public static final String FIRST_NAME = "firstName";
        public static final String MIDDLE_NAME = "middleName";
        /** ISO date string, as form-js sends it. */
        public static final String BIRTH_DATE = "birthDate";
        public static final String TICKET_NUMBER = "ticketNumber";
        /** MATCH, MISMATCH, TICKET_TAKEN or LOCKED_OUT ({@link TicketVerification.Result}). */
        public static final String MEMBERSHIP_CHECK = "membershipCheck";
        public static final String FAILED_MEMBERSHIP_CHECKS = "failedMembershipChecks";
        public static final String REGISTRY_MEMBER_ID = "registryMemberId";
        // form ticketConsents
        public static final String PERSONAL_DATA_CONSENT = "personalDataConsent";
        public static final String ADVERTISING_CONSENT = "advertisingConsent";
        // the documents to sign, and the signing sub-process's answer
        public static final String DOCUMENT_BATCH_ID = "documentBatchId";
        public static final String PERSONAL_DATA_CONSENT_DOCUMENT_ID = "personalDataConsentDocumentId";
        public static final String ADVERTISING_CONSENT_DOCUMENT_ID = "advertisingConsentDocumentId";
        public static final String SIGNER_NAME = "signerName";
        public static final String SIGNING_OUTCOME = "signingOutcome";

        // Variant 2, form joinApplication (and lastName … birthDate, the consents, as above)
        public static final String GENDER = "gender";
        /** Normalised to +7XXXXXXXXXX when the documents are made. */
        public static final String PHONE = "phone";
        public static final String ORGANISATION_QUERY = "organisationQuery";
        /** The chosen educational organisation's id (a string, as the select sends it). */
        public static final String EDUCATIONAL_ORGANISATION_ID = "educationalOrganisationId";
        public static final String UNIT = "unit";
        public static final String EMPLOYMENT_TYPE = "employmentType";
        public static final String JOIN_APPLICATION_DOCUMENT_ID = "joinApplicationDocumentId";
        // what the review forms show, in words
        public static final String BIRTH_DATE_TEXT = "birthDateText";
        public static final String GENDER_LABEL = "genderLabel";
        public static final String EMPLOYMENT_TYPE_LABEL = "employmentTypeLabel";
        public static final String EDUCATIONAL_ORGANISATION_NAME = "educationalOrganisationName";
        public static final String APPLICANT_EMAIL = "applicantEmail";
        public static final String SUBMITTED_AT_TEXT = "submittedAtText";
        // the review by the primary organisation
        public static final String REVIEWER_GROUP = "reviewerGroup";
        public static final String ESCALATION_GROUP = "escalationGroup";
        /** approve or reject (form joinApplicationReview). */
        public static final String DECISION = "decision";
        public static final String REJECTION_REASON = "rejectionReason";

        private Variables() {
        }
    }

    /** The member's account, from the business key. */
    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
