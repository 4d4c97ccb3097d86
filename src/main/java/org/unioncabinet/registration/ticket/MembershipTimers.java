package org.unioncabinet.registration.ticket;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/** {@code ${membershipTimers.lockout()}}: the wait after too many failed registry checks. */
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
