package org.unioncabinet.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.documents.DocumentStatus;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.IssuedDocument;
import org.unioncabinet.documents.IssuedDocuments;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.signing.Signature;
import org.unioncabinet.signing.Signing;

/** What the cabinet of a registered member shows (instruction step 9): membership, «Мои документы», consents. */
@Service
public class MemberCabinet {

    /** A signed document with the record of its signature. */
    public record SignedDocument(MemberDocument document, Signature signature) {
    }

    /** Everything on the cabinet page; «Мои документы» are the signed documents and those issued to the member. */
    public record View(RegistryMemberView member, List<SignedDocument> documents, List<IssuedDocument> issued,
            List<ConsentView> consents) {
    }

    private final MembershipCheck registry;
    private final Documents documents;
    private final Signing signing;
    private final Consents consents;
    private final List<IssuedDocuments> issuers;

    public MemberCabinet(MembershipCheck registry, Documents documents, Signing signing, Consents consents,
            List<IssuedDocuments> issuers) {
        this.registry = registry;
        this.documents = documents;
        this.signing = signing;
        this.consents = consents;
        this.issuers = List.copyOf(issuers);
    }

    @Transactional(readOnly = true)
    public Optional<View> of(UUID accountId) {
        return registry.ofAccount(accountId)
                .map(member -> new View(member, signedDocuments(accountId), issuedDocuments(accountId),
                        consents.ofAccount(accountId)));
    }

    /** «Мои документы»: every signed document with the record of its signature. */
    @Transactional(readOnly = true)
    public List<SignedDocument> signedDocuments(UUID accountId) {
        Map<UUID, Signature> signatures = signing.signaturesOf(accountId).stream()
                .collect(Collectors.toMap(Signature::getId, Function.identity()));
        return documents.ofAccount(accountId).stream()
                .filter(document -> document.status() == DocumentStatus.SIGNED)
                .map(document -> new SignedDocument(document, signatures.get(document.signatureId())))
                .toList();
    }

    /** «Мои документы» that nobody signs: what the features issue to the member (the dictation's certificates). */
    @Transactional(readOnly = true)
    public List<IssuedDocument> issuedDocuments(UUID accountId) {
        return issuers.stream().flatMap(issuer -> issuer.issuedTo(accountId).stream()).toList();
    }

    /** The member's personal-data consent while it may be withdrawn by a statement. */
    public Optional<ConsentView> personalDataConsent(UUID accountId) {
        return consents.ofAccount(accountId).stream().filter(ConsentView::withdrawableByStatement).findFirst();
    }
}
