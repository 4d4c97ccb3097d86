package org.unioncabinet.registration.ticket;

import java.time.Clock;
import java.util.Date;

import org.springframework.stereotype.Service;
import org.unioncabinet.system.CabinetProperties;

/**
 * The wait after too many failed registry checks. It ends at one moment fixed when it began
 * ({@code membershipRetryAt}), so a member who leaves it for the join form and comes back to «Да» waits out the rest
 * of the same hour, neither a new one nor none: going another way is no way to more checks.
 */
@Service
public class MembershipLockout {

    /** Where a member who answers «Да» stands. */
    public enum State {
        /** No wait, or it is over: the ticket form. */
        OPEN,
        /** The wait is still running: back to it, until the same moment. */
        WAITING
    }

    private final Clock clock;
    private final CabinetProperties.Membership settings;

    public MembershipLockout(Clock clock, CabinetProperties properties) {
        this.clock = clock;
        this.settings = properties.membership();
    }

    /** When a wait that begins now ends. */
    public Date retryAtFromNow() {
        return Date.from(clock.instant().plus(settings.lockout()));
    }

    /** @param retryAt when the member's wait ends; null when none began since the count started again */
    public State state(Date retryAt) {
        return retryAt != null && clock.instant().isBefore(retryAt.toInstant()) ? State.WAITING : State.OPEN;
    }
}
