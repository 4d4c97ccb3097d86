package org.unioncabinet.legal;

/** The kinds of published texts a member agrees to; each kind has numbered, immutable versions. */
public enum LegalTextKind {
    SIGNATURE_AGREEMENT
}
