package org.unioncabinet.correction;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/**
 * {@code ${correctionReviewTimers.reminderAfter()}} and {@code escalateAfter()}: a correction statement waits as long
 * as a join application does (the same settings, {@code cabinet.review}).
 */
@Component("correctionReviewTimers")
public class CorrectionReviewTimers implements DiagramTimers {

    private final CabinetProperties.Review settings;

    public CorrectionReviewTimers(CabinetProperties properties) {
        this.settings = properties.review();
    }

    public String reminderAfter() {
        return settings.reminderAfter().toString();
    }

    public String escalateAfter() {
        return settings.escalateAfter().toString();
    }
}
