package org.unioncabinet.registry;

/** Another account linked the registry record first (e.g. between the check and the link). */
public class TicketTakenException extends RuntimeException {

    public TicketTakenException() {
        super("The registry record is linked to another account");
    }
}
