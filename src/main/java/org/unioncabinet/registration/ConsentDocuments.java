package org.unioncabinet.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.documents.DocumentHolder;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.registry.TicketNumber;

/** Variant 1's documents to sign: the personal-data consent, and the advertising consent if given. */
@Service
public class ConsentDocuments {

    /** The batch and the ids the review form links to (the advertising one may be absent). */
    public record Prepared(UUID batchId, UUID personalDataConsentId, UUID advertisingConsentId, String signerName) {
    }

    private final Documents documents;
    private final AccountService accounts;

    public ConsentDocuments(Documents documents, AccountService accounts) {
        this.documents = documents;
        this.accounts = accounts;
    }

    @Transactional
    public Prepared prepare(UUID accountId, String lastName, String firstName, String middleName, LocalDate birthDate,
            String ticketNumber, boolean advertising) {
        String email = accounts.find(accountId).orElseThrow().getEmail();
        UUID batchId = documents.prepareConsents(accountId, new DocumentHolder(lastName, firstName, middleName,
                birthDate, email, TicketNumber.normalize(ticketNumber)), advertising);
        List<MemberDocument> batch = documents.batch(batchId);
        return new Prepared(batchId, idOf(batch, DocumentKind.PERSONAL_DATA_CONSENT),
                idOf(batch, DocumentKind.ADVERTISING_CONSENT), fullName(lastName, firstName, middleName));
    }

    static String fullName(String lastName, String firstName, String middleName) {
        return Stream.of(lastName, firstName, middleName)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static UUID idOf(List<MemberDocument> batch, DocumentKind kind) {
        return batch.stream().filter(document -> document.kind() == kind).map(MemberDocument::id).findFirst()
                .orElse(null);
    }
}
