package org.unioncabinet.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of what members agreed to (152-FZ: who, which text version, purpose, when, how) and its
 * withdrawals. Consents are given by signing a document ({@link #recordSigned}); withdrawing one sets
 * when and how, and nothing is deleted.
 */
@Service
public class Consents {

    static final String SIGNED_DOCUMENT = "Подписание документа простой электронной подписью";
    static final String TICKED_IN_CABINET = "Отметка в личном кабинете члена Профсоюза";
    static final String WITHDRAWN_IN_CABINET = "Отзыв в личном кабинете члена Профсоюза";
    static final String WITHDRAWN_BY_STATEMENT = "Заявление об отзыве, подписанное простой электронной подписью "
            + "в личном кабинете члена Профсоюза (документ %s)";

    private static final Logger log = LoggerFactory.getLogger(Consents.class);

    private final ConsentRepository repository;
    private final Clock clock;

    public Consents(ConsentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Records the consent given by signing a document with the simple electronic signature. Recording the
     * same document again returns the consent recorded the first time.
     *
     * @return the consent's id
     */
    @Transactional
    public UUID recordSigned(UUID accountId, ConsentKind kind, int legalTextVersion, UUID documentId, Instant signedAt) {
        Objects.requireNonNull(documentId, "a signed consent names its document");
        return repository.findByDocumentId(documentId)
                .map(Consent::getId)
                .orElseGet(() -> repository.save(
                        new Consent(accountId, kind, legalTextVersion, SIGNED_DOCUMENT, documentId, signedAt)).getId());
    }

    /**
     * Records a consent the member gave by ticking it in the cabinet (no document is signed for it). A member who
     * holds an active consent of the kind keeps it: ticking again records nothing.
     */
    @Transactional
    public void recordTicked(UUID accountId, ConsentKind kind, int legalTextVersion) {
        if (!hasActive(accountId, kind)) {
            repository.save(new Consent(accountId, kind, legalTextVersion, TICKED_IN_CABINET, null, clock.instant()));
        }
    }

    /** Whether the member gave a consent of this kind and has not withdrawn it. */
    @Transactional(readOnly = true)
    public boolean hasActive(UUID accountId, ConsentKind kind) {
        // an exists query, not the member's consents loaded: «Профсоюзный диктант» asks at every «Начать» of a herd
        return repository.existsByAccountIdAndKindAndWithdrawnAtIsNull(accountId, kind);
    }

    /** Every consent of the member, withdrawn ones included, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentView> ofAccount(UUID accountId) {
        return repository.findByAccountIdOrderByGivenAtDesc(accountId).stream().map(Consent::view).toList();
    }

    /** The member's own consent; empty for an id that is not theirs. */
    @Transactional(readOnly = true)
    public Optional<ConsentView> of(UUID accountId, UUID consentId) {
        return repository.findByIdAndAccountId(consentId, accountId).map(Consent::view);
    }

    /**
     * Withdraws the member's advertising consent at their click in the cabinet. The personal-data consent
     * is not withdrawn this way (it needs a written request to the union), nor is anyone else's consent.
     *
     * @return whether this call withdrew the consent
     */
    @Transactional
    public boolean withdraw(UUID accountId, UUID consentId) {
        Optional<Consent> consent = repository.findForUpdate(consentId, accountId)
                .filter(found -> found.getKind().withdrawableInCabinet());
        if (consent.isEmpty() || !consent.get().withdraw(WITHDRAWN_IN_CABINET, clock.instant())) {
            return false;
        }
        log.info("Consent {} ({}) withdrawn in the cabinet", consentId, consent.get().getKind());
        return true;
    }

    /**
     * Withdraws the member's personal-data consent by her signed statement (152-FZ, art. 9 p. 2), the statement's
     * document named as the method; at once, whatever the organisation answers later.
     *
     * @return whether this call withdrew the consent (false when it had been withdrawn already, or is not hers)
     */
    @Transactional
    public boolean withdrawByStatement(UUID accountId, UUID consentId, UUID statementDocumentId, Instant signedAt) {
        Optional<Consent> consent = repository.findForUpdate(consentId, accountId)
                .filter(found -> found.getKind().withdrawnByStatement());
        if (consent.isEmpty()
                || !consent.get().withdraw(WITHDRAWN_BY_STATEMENT.formatted(statementDocumentId), signedAt)) {
            return false;
        }
        log.info("Consent {} ({}) withdrawn by the signed statement {}", consentId, consent.get().getKind(),
                statementDocumentId);
        return true;
    }
}
