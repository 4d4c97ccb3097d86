package org.unioncabinet.documents;

import java.util.Optional;

import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.legal.LegalTextKind;

/**
 * What a member document is: the legal text it is made from and the consent its signature gives, if any.
 * Declared in the order a batch presents its documents: the application first, its consents after it.
 */
public enum DocumentKind {

    JOIN_APPLICATION(LegalTextKind.JOIN_APPLICATION, null, "join-application"),
    PERSONAL_DATA_CONSENT(LegalTextKind.PERSONAL_DATA_CONSENT, ConsentKind.PERSONAL_DATA, "personal-data-consent"),
    ADVERTISING_CONSENT(LegalTextKind.ADVERTISING_CONSENT, ConsentKind.ADVERTISING, "advertising-consent"),
    /** «Заявление об изменении персональных данных»: signed alone, in a batch of its own. */
    CORRECTION_STATEMENT(LegalTextKind.CORRECTION_STATEMENT, null, "correction-statement");

    private final LegalTextKind legalText;
    private final ConsentKind consent;
    private final String fileStem;

    DocumentKind(LegalTextKind legalText, ConsentKind consent, String fileStem) {
        this.legalText = legalText;
        this.consent = consent;
        this.fileStem = fileStem;
    }

    public LegalTextKind legalText() {
        return legalText;
    }

    /** The consent a signature on this document gives; none for the application. */
    public Optional<ConsentKind> consent() {
        return Optional.ofNullable(consent);
    }

    /** An ASCII file name for browsers that ignore the Russian one. */
    String asciiFileName() {
        return fileStem + ".pdf";
    }
}
