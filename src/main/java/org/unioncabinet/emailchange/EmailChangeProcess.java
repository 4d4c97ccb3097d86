package org.unioncabinet.emailchange;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.uuidVariable;

import java.util.UUID;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Names shared with {@code processes/email-change.bpmn}; business key = the account id. The process holds the
 * request's id and one routing flag; the addresses live in {@code app.email_change}.
 */
public final class EmailChangeProcess {

    public static final String KEY = "emailChange";

    private EmailChangeProcess() {
    }

    public static final class Messages {
        /** The link was followed and the e-mail replaced. */
        public static final String CONFIRMED = "EmailChangeConfirmed";
        /** The member asked for another address: this request's link no longer works. */
        public static final String SUPERSEDED = "EmailChangeSuperseded";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String NEW_ADDRESS_FREE = "gateway_isNewAddressFree";
        public static final String SEND_LINK = "serviceTask_sendEmailChangeLink";
        public static final String SEND_ATTEMPT_NOTICE = "serviceTask_sendEmailChangeAttemptNotice";
        public static final String AWAIT_LINK = "receiveTask_awaitEmailChangeLink";
        public static final String LINK_EXPIRED_TIMER = "timerBoundary_emailChangeLinkExpired";
        public static final String SUPERSEDED_BOUNDARY = "messageBoundary_emailChangeSuperseded";
        public static final String EXPIRE = "serviceTask_expireEmailChange";
        public static final String NOTIFY_OLD_ADDRESS = "serviceTask_notifyOldEmailAddress";
        public static final String CHANGED_END = "endEvent_emailChanged";
        public static final String EXPIRED_END = "endEvent_emailChangeExpired";
        public static final String SUPERSEDED_END = "endEvent_emailChangeSuperseded";
        public static final String OWNER_WARNED_END = "endEvent_addressOwnerWarned";

        private Elements() {
        }
    }

    public static final class Variables {
        /** The request's row in {@code app.email_change}. */
        public static final VariableFactory<UUID> EMAIL_CHANGE_ID = uuidVariable("emailChangeId");
        /**
         * Another account had the new address when it was asked for (only with {@code ENUMERATION_SAFE}, otherwise the
         * page refuses it): that address's owner gets a notice instead of a link.
         */
        public static final VariableFactory<Boolean> NEW_ADDRESS_TAKEN = booleanVariable("newAddressTaken");

        private Variables() {
        }
    }
}
