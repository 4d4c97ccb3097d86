package org.unioncabinet.registration.review;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/** {@code ${reviewTimers.reminderAfter()}} and {@code escalateAfter()} for the primary organisation's review. */
@Component("reviewTimers")
public class ReviewTimers implements DiagramTimers {

    private final CabinetProperties.Review settings;

    public ReviewTimers(CabinetProperties properties) {
        this.settings = properties.review();
    }

    public String reminderAfter() {
        return settings.reminderAfter().toString();
    }

    public String escalateAfter() {
        return settings.escalateAfter().toString();
    }
}
