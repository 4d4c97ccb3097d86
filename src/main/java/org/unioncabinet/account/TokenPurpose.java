package org.unioncabinet.account;

public enum TokenPurpose {
    EMAIL_CONFIRMATION,
    PASSWORD_RESET,
    /** «Изменить e-mail»: the link mailed to the new address. */
    EMAIL_CHANGE
}
