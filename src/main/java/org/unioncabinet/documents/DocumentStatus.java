package org.unioncabinet.documents;

/** A document is prepared as a draft, then signed, or replaced by a fresh draft when the member goes back. */
public enum DocumentStatus {
    DRAFT,
    SIGNED,
    SUPERSEDED
}
