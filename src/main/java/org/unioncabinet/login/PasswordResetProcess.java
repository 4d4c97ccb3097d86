package org.unioncabinet.login;

/** Names shared with {@code processes/password-reset.bpmn}; business key = the account id. */
public final class PasswordResetProcess {

    public static final String KEY = "passwordReset";
    public static final String SEND_RESET_LINK = "serviceTask_sendPasswordResetLink";

    private PasswordResetProcess() {
    }
}
