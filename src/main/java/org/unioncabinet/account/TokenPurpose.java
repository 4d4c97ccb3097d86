package org.unioncabinet.account;

public enum TokenPurpose {
    EMAIL_CONFIRMATION,
    PASSWORD_RESET,
    /** «Изменить email»: the link mailed to the new address. */
    EMAIL_CHANGE,
    /** «Это были не вы?»: the link in the notice to the old address, which puts that address back. */
    EMAIL_CHANGE_UNDO
}
