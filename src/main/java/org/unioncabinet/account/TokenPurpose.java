package org.unioncabinet.account;

public enum TokenPurpose {
    EMAIL_CONFIRMATION,
    PASSWORD_RESET
}
