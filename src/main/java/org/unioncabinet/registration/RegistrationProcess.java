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
        public static final String TICKET_VARIANT_NEXT = "endEvent_ticketVariantNext";
        public static final String JOIN_VARIANT_NEXT = "endEvent_joinVariantNext";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The answer to «У Вас есть электронный профсоюзный билет?»: {@code yes} or {@code no} (form hasTicketQuestion). */
        public static final String HAS_TICKET = "hasTicket";

        private Variables() {
        }
    }

    /** The member's account, from the business key. */
    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
