package org.unioncabinet.documents;

import java.time.Instant;

/**
 * What the statement withdrawing the personal-data consent names: its signer, the organisation it is addressed to (null
 * when none is known: then to the union itself) and the consent withdrawn.
 */
public record WithdrawalStatement(DocumentHolder holder, String primaryOrganisation, String consentTitle,
        int consentVersion, Instant consentGivenAt) {
}
