package org.unioncabinet.account;

public enum AccountStatus {
    /** Created, the e-mail not yet confirmed by its link. */
    UNCONFIRMED,
    /** The member followed the confirmation link. */
    CONFIRMED,
    /** Closed by its member («Удалить кабинет»): a tombstone without personal data, nobody can sign in. */
    CLOSED
}
