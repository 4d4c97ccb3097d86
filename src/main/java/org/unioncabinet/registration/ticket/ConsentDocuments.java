package org.unioncabinet.registration.ticket;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.documents.DocumentHolder;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;

/** Variant 1's documents to sign: the personal-data consent, and the advertising consent if given. */
@Service
public class ConsentDocuments {

    /** «Ознакомление с согласием» (forms/consent-documents-review.form): the member reads them and signs. */
    public static final String REVIEW_FORM_ID = "consentDocumentsReview";

    /** The batch and the ids the review form links to (the advertising one may be absent). */
    public record Prepared(UUID batchId, UUID personalDataConsentId, UUID advertisingConsentId) {
    }

    private final Documents documents;
    private final AccountService accounts;
    private final MembershipCheck registry;

    public ConsentDocuments(Documents documents, AccountService accounts, MembershipCheck registry) {
        this.documents = documents;
        this.accounts = accounts;
        this.registry = registry;
    }

    /**
     * The member's data are taken as the registry spells them, not as typed: «ВОРОБЬЕВА» matched
     * «Воробьёва», and the signed consent must name the member correctly.
     */
    @Transactional
    public Prepared prepare(UUID accountId, UUID registryMemberId, boolean advertising) {
        RegistryMemberView member = registry.member(registryMemberId)
                .orElseThrow(() -> new IllegalStateException("No registry record " + registryMemberId));
        String email = accounts.find(accountId).orElseThrow().getEmail();
        UUID batchId = documents.prepareConsents(accountId, new DocumentHolder(member.lastName(), member.firstName(),
                member.middleName(), member.birthDate(), email, member.ticketNumber()), advertising);
        List<MemberDocument> batch = documents.batch(batchId);
        return new Prepared(batchId, idOf(batch, DocumentKind.PERSONAL_DATA_CONSENT),
                idOf(batch, DocumentKind.ADVERTISING_CONSENT));
    }

    private static UUID idOf(List<MemberDocument> batch, DocumentKind kind) {
        return batch.stream().filter(document -> document.kind() == kind).map(MemberDocument::id).findFirst()
                .orElse(null);
    }
}
