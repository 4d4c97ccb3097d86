package org.unioncabinet.documents;

import java.time.Instant;
import java.util.UUID;

/** A member document without its bytes, for lists such as «Мои документы». */
public record MemberDocument(
        UUID id,
        DocumentKind kind,
        String title,
        String sha256,
        DocumentStatus status,
        Instant createdAt,
        Instant signedAt,
        UUID signatureId) {
}
