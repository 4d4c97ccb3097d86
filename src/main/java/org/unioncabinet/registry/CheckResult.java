package org.unioncabinet.registry;

import java.util.UUID;

/**
 * The answer to a membership claim. A stranger who types someone else's ticket learns nothing: any
 * difference is a {@link Mismatch}, and {@link TicketTaken} needs every fact to be right.
 */
public sealed interface CheckResult {

    /** The claim is an active member's record, free or already this account's. */
    record Match(UUID registryMemberId) implements CheckResult {
    }

    /** No active record with this ticket, name and birth date. */
    record Mismatch() implements CheckResult {
    }

    /** Every fact is right, but another account has already proved this record is its own. */
    record TicketTaken() implements CheckResult {
    }
}
