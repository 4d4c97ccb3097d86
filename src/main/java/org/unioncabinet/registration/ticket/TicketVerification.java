package org.unioncabinet.registration.ticket;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.registry.CheckResult;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.MembershipClaim;
import org.unioncabinet.system.CabinetProperties;

/**
 * Variant 1, «Проверить данные»: the typed data against the registry, with a limit on failed tries.
 * A mismatch never says which field failed; a ticket linked to someone else is told apart only when
 * everything else matched, so a stranger learns nothing from it.
 */
@Service
public class TicketVerification {

    public enum Result {
        MATCH, MISMATCH, TICKET_TAKEN, LOCKED_OUT
    }

    /** The check's result, the failures counted so far, and the registry record on a match. */
    public record Outcome(Result result, int failedChecks, UUID registryMemberId) {
    }

    private final MembershipCheck registry;
    private final CabinetProperties.Membership settings;

    public TicketVerification(MembershipCheck registry, CabinetProperties properties) {
        this.registry = registry;
        this.settings = properties.membership();
    }

    public Outcome check(UUID accountId, MembershipClaim claim, int failedSoFar) {
        CheckResult result = registry.check(accountId, claim);
        if (result instanceof CheckResult.Match match) {
            return new Outcome(Result.MATCH, failedSoFar, match.registryMemberId());
        }
        int failed = failedSoFar + 1;
        if (failed >= settings.maxFailedChecks()) {
            return new Outcome(Result.LOCKED_OUT, failed, null);
        }
        return new Outcome(result instanceof CheckResult.TicketTaken ? Result.TICKET_TAKEN
                : Result.MISMATCH, failed, null);
    }
}
