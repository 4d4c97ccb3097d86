package org.unioncabinet.emailchange;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DiagramTimers;

/** {@code ${emailChangeTimers.linkLifetime()}}: the link's lifetime, after which the request expires. */
@Component("emailChangeTimers")
public class EmailChangeTimers implements DiagramTimers {

    private final EmailChangeSettings settings;

    public EmailChangeTimers(EmailChangeSettings settings) {
        this.settings = settings;
    }

    public String linkLifetime() {
        return settings.linkLifetime().toString();
    }
}
