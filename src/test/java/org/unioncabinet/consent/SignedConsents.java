package org.unioncabinet.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.unioncabinet.documents.DocumentHolder;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;

/** Consents as members give them: by signing the consent documents. */
final class SignedConsents {

    static final DocumentHolder HOLDER = new DocumentHolder("Иванова", "Мария", "Петровна", LocalDate.of(1985, 3, 12),
            "ivanova@mail.ru", null);

    private SignedConsents() {
    }

    /** Signs the personal-data consent, and the advertising one if asked; returns the consents' ids by kind. */
    static Map<ConsentKind, UUID> sign(Documents documents, Consents consents, UUID accountId, boolean advertising,
            Instant signedAt) {
        for (MemberDocument document : documents.batch(documents.prepareConsents(accountId, HOLDER, advertising))) {
            documents.markSigned(document.id(), UUID.randomUUID(), signedAt, "ivanova@mail.ru");
        }
        Map<ConsentKind, UUID> ids = new EnumMap<>(ConsentKind.class);
        consents.ofAccount(accountId).stream().filter(ConsentView::active).filter(c -> c.givenAt().equals(signedAt))
                .forEach(consent -> ids.put(consent.kind(), consent.id()));
        return ids;
    }
}
