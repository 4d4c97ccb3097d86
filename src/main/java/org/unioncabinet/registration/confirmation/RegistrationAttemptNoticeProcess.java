package org.unioncabinet.registration.confirmation;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names shared with {@code processes/registration-attempt-notice.bpmn}; it has no variables. */
public final class RegistrationAttemptNoticeProcess {

    public static final String KEY = "registrationAttemptNotice";
    public static final String SEND_NOTICE = "serviceTask_sendRegistrationAttemptNotice";

    private RegistrationAttemptNoticeProcess() {
    }

    /** The business key: the account whose e-mail someone tried to register again. */
    public static UUID ownerId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
