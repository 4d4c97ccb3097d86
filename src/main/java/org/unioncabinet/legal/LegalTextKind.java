package org.unioncabinet.legal;

/** The kinds of published texts a member agrees to; each kind has numbered, immutable versions. */
public enum LegalTextKind {
    SIGNATURE_AGREEMENT,
    /** Consent to the processing of personal data (152-FZ, art. 9): required to verify or obtain membership. */
    PERSONAL_DATA_CONSENT,
    /** Consent to information and advertising messages (38-FZ, art. 18): separate and optional. */
    ADVERTISING_CONSENT,
    /** The wording of the application to join the union (variant 2); its versions come with that step. */
    JOIN_APPLICATION,
    /** The operator's personal-data policy (152-FZ, art. 18.1): published for everyone, linked from every page. */
    PRIVACY_POLICY,
    /** The wording of «Заявление об изменении персональных данных» (a correction of the registry record). */
    CORRECTION_STATEMENT
}
