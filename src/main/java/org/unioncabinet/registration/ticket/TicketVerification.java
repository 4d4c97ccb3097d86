package org.unioncabinet.registration.ticket;

import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.registry.CheckResult;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.MembershipClaim;
import org.unioncabinet.system.CabinetProperties;

/**
 * Variant 1, «Проверить данные»: the typed data, kept as a {@link TicketCheck}, against the registry, with a limit on
 * failed tries. A mismatch never says which field failed; a ticket linked to someone else is told apart only when
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
    private final TicketCheckRepository checks;
    private final Clock clock;
    private final CabinetProperties.Membership settings;

    public TicketVerification(MembershipCheck registry, TicketCheckRepository checks, Clock clock,
            CabinetProperties properties) {
        this.registry = registry;
        this.checks = checks;
        this.clock = clock;
        this.settings = properties.membership();
    }

    /** Keeps what the member typed; @return the check's id, for the process */
    @Transactional
    public UUID typed(UUID accountId, MembershipClaim claim) {
        return checks.save(new TicketCheck(accountId, claim, clock.instant())).getId();
    }

    /** What the member typed for this check, to show the form again; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<MembershipClaim> typedBy(UUID accountId, UUID checkId) {
        return checks.findByIdAndAccountId(checkId, accountId).map(TicketCheck::claim);
    }

    /** Runs the check the member typed and records the registry's answer with it. */
    @Transactional
    public Outcome check(UUID accountId, UUID checkId, int failedSoFar) {
        TicketCheck check = checks.findByIdAndAccountId(checkId, accountId)
                .orElseThrow(() -> new NoSuchElementException("No ticket check " + checkId));
        Outcome outcome = verify(accountId, check.claim(), failedSoFar);
        check.answered(outcome, clock.instant());
        return outcome;
    }

    /** Checks left before the wait, after {@code failedChecks} failed ones. */
    public int checksLeft(int failedChecks) {
        return Math.max(0, settings.maxFailedChecks() - failedChecks);
    }

    private Outcome verify(UUID accountId, MembershipClaim claim, int failedSoFar) {
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
