package org.unioncabinet.registration.ticket;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/**
 * {@code ${membershipTimers.lockout()}}: the wait after too many failed registry checks, as diagrams before the wait
 * got its fixed end ({@code membershipRetryAt}) named it. Journeys left on those versions still reach that timer, so
 * the bean stays as long as such journeys may run.
 */
@Component("membershipTimers")
public class MembershipTimers implements DiagramTimers {

    private final CabinetProperties.Membership settings;

    public MembershipTimers(CabinetProperties properties) {
        this.settings = properties.membership();
    }

    public String lockout() {
        return settings.lockout().toString();
    }
}
