package org.unioncabinet.registration.confirmation;

/** Names shared with {@code processes/registration-attempt-notice.bpmn}; business key = the existing account's id. */
public final class RegistrationAttemptNoticeProcess {

    public static final String KEY = "registrationAttemptNotice";
    public static final String SEND_NOTICE = "serviceTask_sendRegistrationAttemptNotice";

    private RegistrationAttemptNoticeProcess() {
    }
}
