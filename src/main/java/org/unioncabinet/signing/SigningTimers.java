package org.unioncabinet.signing;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DiagramTimers;

/** {@code ${signingTimers.codeLifetime()}} in document-signing.bpmn, from configuration. */
@Component("signingTimers")
public class SigningTimers implements DiagramTimers {

    private final CabinetProperties.Signing settings;

    public SigningTimers(CabinetProperties properties) {
        this.settings = properties.signing();
    }

    public String codeLifetime() {
        return settings.codeLifetime().toString();
    }
}
