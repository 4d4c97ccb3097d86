package org.unioncabinet.registry;

/** The account has already proved membership with another registry record; an account has at most one. */
public class AccountAlreadyLinkedException extends RuntimeException {

    public AccountAlreadyLinkedException() {
        super("The account is already linked to another registry record");
    }
}
