package org.unioncabinet.registration.confirmation;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/**
 * Timer durations for the registration diagram, from configuration, as ISO-8601 strings:
 * {@code ${registrationTimers.reminderAfter()}}. Evaluated once, when a timer is created.
 */
@Component("registrationTimers")
public class RegistrationTimers implements DiagramTimers {

    private final CabinetProperties.Registration settings;

    public RegistrationTimers(CabinetProperties properties) {
        this.settings = properties.registration();
    }

    public String reminderAfter() {
        return settings.reminderAfter().toString();
    }

    public String expireAfter() {
        return settings.expireAfter().toString();
    }
}
