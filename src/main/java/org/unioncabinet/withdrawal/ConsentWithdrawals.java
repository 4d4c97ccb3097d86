package org.unioncabinet.withdrawal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.documents.DocumentHolder;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.documents.WithdrawalStatement;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationWithdrawal;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;

/**
 * The withdrawals of the personal-data consent, the rules of each step: the statement made and signed, the consent
 * withdrawn and the cabinet's own processing stopped at the signature, the organisation that answers found, its answer
 * and its confirmation of the destruction recorded with who and when. The process ({@code consent-withdrawal.bpmn})
 * only routes it.
 */
@Service
public class ConsentWithdrawals {

    /** Who recorded what the cabinet did by itself. */
    static final String CABINET = "Личный кабинет члена Профсоюза";
    static final String NO_ORGANISATION_DESTROYED = "Ваши персональные данные не передавались в первичную профсоюзную "
            + "организацию: ни записи в АИС «Единый реестр», ни подписанного заявления о вступлении нет.";
    static final String NO_ORGANISATION_KEPT = "Адрес электронной почты учётной записи и подписанные Вами документы "
            + "(согласие и заявление о его отзыве) хранятся как доказательство согласия и его отзыва (часть 3 статьи 9 "
            + "Федерального закона № 152-ФЗ); иные данные не обрабатываются.";

    private static final Logger log = LoggerFactory.getLogger(ConsentWithdrawals.class);

    /** How a member's «Отозвать согласие» ended. */
    public enum StartOutcome {
        STARTED,
        /** A withdrawal of hers is running already: the cabinet shows its step or its status. */
        ALREADY_RUNNING,
        /** Not her consent, not the personal-data consent, or withdrawn already. */
        NOT_WITHDRAWABLE
    }

    /** What the prepared statement gives the process. */
    record Prepared(UUID batchId, UUID documentId) {
    }

    /** What the signature set off: who answers (empty: nobody but the cabinet) and the terms. */
    record Signed(Optional<ReviewingOrganisation> organisation, WithdrawalTerms.Terms terms) {
    }

    private final ConsentWithdrawalRepository repository;
    private final Consents consents;
    private final Documents documents;
    private final AccountService accounts;
    private final MembershipCheck registry;
    private final OrganisationSearch organisations;
    private final RegistrationWithdrawal registration;
    private final WithdrawalTerms terms;
    private final Clock clock;

    ConsentWithdrawals(ConsentWithdrawalRepository repository, Consents consents, Documents documents,
            AccountService accounts, MembershipCheck registry, OrganisationSearch organisations,
            RegistrationWithdrawal registration, WithdrawalTerms terms, Clock clock) {
        this.repository = repository;
        this.consents = consents;
        this.documents = documents;
        this.accounts = accounts;
        this.registry = registry;
        this.organisations = organisations;
        this.registration = registration;
        this.terms = terms;
        this.clock = clock;
    }

    /** A new statement for the member's active personal-data consent; null when she cannot withdraw it so. */
    @Transactional
    UUID open(UUID accountId, UUID consentId) {
        Optional<ConsentView> consent = consents.of(accountId, consentId).filter(ConsentView::withdrawableByStatement);
        if (consent.isEmpty()) {
            return null;
        }
        return repository.save(new ConsentWithdrawal(accountId, consentId, clock.instant())).getId();
    }

    /** «Сформировать заявление»: the statement addressed to the organisation that answers, with the member's data. */
    @Transactional
    Prepared prepare(UUID withdrawalId) {
        ConsentWithdrawal withdrawal = locked(withdrawalId);
        UUID accountId = withdrawal.getAccountId();
        ConsentView consent = consents.of(accountId, withdrawal.getConsentId()).orElseThrow();
        String email = accounts.find(accountId).orElseThrow().getEmail();
        Optional<RegistryMemberView> member = registry.ofAccount(accountId);
        DocumentHolder holder = member
                .map(found -> new DocumentHolder(found.lastName(), found.firstName(), found.middleName(),
                        found.birthDate(), email, found.ticketNumber()))
                .orElseGet(() -> new DocumentHolder(registration.appliedName(accountId).orElse(null), null, null, null,
                        email, null));
        String addressee = organisationOf(accountId).map(ReviewingOrganisation::primaryName).orElse(null);
        UUID batchId = documents.prepareConsentWithdrawal(accountId, new WithdrawalStatement(holder, addressee,
                consent.title(), consent.legalTextVersion(), consent.givenAt()));
        UUID documentId = documents.batch(batchId).get(0).id();
        // making the batch clears the persistence context (its bulk update of drafts): the row is read again
        locked(withdrawalId).prepared(batchId, documentId);
        return new Prepared(batchId, documentId);
    }

    /** «Не отзывать согласие»: the statement stays unsigned, the consent given. */
    @Transactional
    void cancel(UUID withdrawalId) {
        locked(withdrawalId).cancel();
    }

    /**
     * The statement is signed: the consent is withdrawn at once, the cabinet's own processing of the member's data
     * stops (the registration ends, what she typed unsigned is erased), and the terms start from the signature.
     */
    @Transactional
    Signed signed(UUID withdrawalId) {
        ConsentWithdrawal withdrawal = locked(withdrawalId);
        UUID accountId = withdrawal.getAccountId();
        Instant signedAt = documents.batch(withdrawal.getDocumentBatchId()).stream()
                .map(MemberDocument::signedAt).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new IllegalStateException("Withdrawal " + withdrawalId + " is not signed"));
        consents.withdrawByStatement(accountId, withdrawal.getConsentId(), withdrawal.getStatementDocumentId(), signedAt);
        List<String> stopped = registration.stop(accountId);
        Optional<ReviewingOrganisation> organisation = organisationOf(accountId);
        WithdrawalTerms.Terms due = terms.from(signedAt);
        withdrawal.signed(signedAt, due, organisation.orElse(null),
                stopped.isEmpty() ? "Обработка в личном кабинете прекращена." : String.join("\n", stopped));
        log.info("Withdrawal {} signed: consent withdrawn, answer due {}, destruction due {}, organisation {}",
                withdrawalId, due.answerDueOn(), due.destructionDueOn(),
                organisation.map(ReviewingOrganisation::primaryOrganisationId).orElse(null));
        return new Signed(organisation, due);
    }

    /**
     * Where no organisation holds the member's data, the cabinet answers itself: what it stopped and erased at the
     * signature is what was destroyed, and it keeps only the proof of the consent and its withdrawal.
     */
    @Transactional
    void destroyWithoutOrganisation(UUID withdrawalId) {
        ConsentWithdrawal withdrawal = locked(withdrawalId);
        Instant now = clock.instant();
        withdrawal.answer(NO_ORGANISATION_DESTROYED + "\n" + withdrawal.getStoppedProcessing(), KeptBasis.OTHER,
                NO_ORGANISATION_KEPT, CABINET, now);
        withdrawal.destructionConfirmed(null, CABINET, now);
    }

    /** The organisation's answer, checked by the task's listener; {@code by} the Camunda user. */
    @Transactional
    void answer(UUID withdrawalId, String destroyed, KeptBasis basis, String kept, String by) {
        locked(withdrawalId).answer(destroyed, basis, kept, by, clock.instant());
    }

    @Transactional
    void confirmDestruction(UUID withdrawalId, String note, String by) {
        locked(withdrawalId).destructionConfirmed(note, by, clock.instant());
    }

    @Transactional
    void escalated(UUID withdrawalId) {
        locked(withdrawalId).escalated(clock.instant());
    }

    /** Every statement of the member, newest first, as her cabinet shows it. */
    @Transactional(readOnly = true)
    public List<WithdrawalView> ofAccount(UUID accountId) {
        return repository.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(this::view).toList();
    }

    /**
     * Whether a statement of the member is between her steps: prepared and not yet signed (nor cancelled), its code
     * or its recording a job still to run, or her step to confirm or sign it waiting.
     */
    @Transactional(readOnly = true)
    public boolean underWay(UUID accountId) {
        return repository.existsByAccountIdAndStatus(accountId, WithdrawalStatus.PREPARED);
    }

    /** The member's signed statement, if she has one: her consent is withdrawn and the cabinet shows its course. */
    @Transactional(readOnly = true)
    public Optional<WithdrawalView> signedOf(UUID accountId) {
        return ofAccount(accountId).stream().filter(view -> view.status().signed()).findFirst();
    }

    @Transactional(readOnly = true)
    Optional<WithdrawalView> find(UUID withdrawalId) {
        return repository.findById(withdrawalId).map(this::view);
    }

    /** Who filed the statement and from which school, for the reviewers' Tasklist and mails. */
    @Transactional(readOnly = true)
    Labels labels(UUID withdrawalId) {
        ConsentWithdrawal withdrawal = repository.findById(withdrawalId).orElseThrow();
        UUID accountId = withdrawal.getAccountId();
        String name = registry.ofAccount(accountId).map(RegistryMemberView::fullName)
                .or(() -> registration.appliedName(accountId))
                .orElseGet(() -> accounts.find(accountId).orElseThrow().getEmail());
        String school = withdrawal.getEducationalOrganisationId() == null ? ""
                : organisations.byId(withdrawal.getEducationalOrganisationId()).map(OrganisationHit::fullName).orElse("");
        return new Labels(name, school, withdrawal.getSignedAt());
    }

    public record Labels(String applicantName, String school, Instant signedAt) {
    }

    /** A statement for its reviewers' page: who, from where, and its course; empty when no organisation answers it. */
    @Transactional(readOnly = true)
    public Optional<ReviewerView> forReviewers(UUID withdrawalId) {
        return repository.findById(withdrawalId).filter(found -> found.getPrimaryOrganisationId() != null)
                .map(found -> new ReviewerView(view(found), labels(withdrawalId)));
    }

    /** What the reviewers' page shows. */
    public record ReviewerView(WithdrawalView withdrawal, Labels labels) {
        public String applicantName() {
            return labels.applicantName();
        }

        public String school() {
            return labels.school();
        }
    }

    String email(UUID withdrawalId) {
        UUID accountId = repository.findById(withdrawalId).orElseThrow().getAccountId();
        return accounts.find(accountId).orElseThrow().getEmail();
    }

    /** The registry record's school, else the school of the latest signed application to join; with its ППО. */
    private Optional<ReviewingOrganisation> organisationOf(UUID accountId) {
        Optional<Long> school = registry.ofAccount(accountId)
                .flatMap(member -> organisations.schoolNamed(member.educationalOrganisation()))
                .or(() -> registration.appliedSchool(accountId));
        return school.flatMap(id -> organisations.unionOf(id).map(union -> new ReviewingOrganisation(union.primaryId(),
                union.primaryName(), id, union.territorialId())));
    }

    private ConsentWithdrawal locked(UUID withdrawalId) {
        return repository.findForUpdate(withdrawalId)
                .orElseThrow(() -> new NoSuchElementException("No withdrawal " + withdrawalId));
    }

    private WithdrawalView view(ConsentWithdrawal withdrawal) {
        return new WithdrawalView(withdrawal.getId(), withdrawal.getStatus(), withdrawal.getStatementDocumentId(),
                withdrawal.getCreatedAt(), withdrawal.getSignedAt(), withdrawal.getAnswerDueOn(),
                withdrawal.getDestructionDueOn(), withdrawal.getStoppedProcessing(), withdrawal.getAnsweredAt(),
                withdrawal.getDestroyedData(), withdrawal.getKeptBasis(), withdrawal.getKeptData(),
                withdrawal.getDestructionConfirmedAt(), withdrawal.getDestructionNote(),
                withdrawal.getPrimaryOrganisationId(), withdrawal.getEducationalOrganisationId(),
                withdrawal.getAccountId());
    }
}
