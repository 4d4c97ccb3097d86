package org.unioncabinet.documents;

import java.util.List;
import java.util.UUID;

/**
 * Documents a feature issues to members beside the signed ones, listed in «Мои документы»: a feature implements it
 * (the dictation's certificates) and the cabinet collects every implementation, so the cabinet does not depend on
 * the features that issue documents.
 */
public interface IssuedDocuments {

    /** The account's documents of this kind, newest first; empty when there are none. */
    List<IssuedDocument> issuedTo(UUID accountId);
}
