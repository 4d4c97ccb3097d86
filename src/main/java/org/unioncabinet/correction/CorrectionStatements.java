package org.unioncabinet.correction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Decision;
import org.unioncabinet.documents.CorrectionFacts;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.registry.RegistryCorrection;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.system.DisplayDates;

/**
 * «Заявление об изменении персональных данных»: who may file one, the statement as the member fills it, its PDF, the
 * statement with its primary organisation, the decision and its application to the registry record. Every fact is
 * read from the statement's row; the process only says which statement.
 */
@Service
public class CorrectionStatements {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Whether the member may file a statement now, and as whom. */
    public enum Eligibility {
        /** Their account is linked to a registry record: that record is corrected. */
        LINKED(null),
        /** Variant 1's wait after too many failed checks: they name the record by its ticket number. */
        LOCKED_OUT(null),
        OPEN_ALREADY("У Вас уже есть заявление об изменении персональных данных, которое не рассмотрено. "
                + "Дождитесь решения по нему: новое заявление можно подать после этого."),
        JOIN_UNDER_REVIEW("Ваше заявление о вступлении в Профсоюз рассматривается первичной профсоюзной "
                + "организацией. Заявление об изменении персональных данных можно подать после решения по нему."),
        NOT_NOW("Заявление об изменении персональных данных может подать член Профсоюза, чей личный кабинет "
                + "привязан к записи в АИС «Единый реестр», или тот, чьи данные при проверке несколько раз не совпали "
                + "с данными реестра.");

        private final String refusal;

        Eligibility(String refusal) {
            this.refusal = refusal;
        }

        /** The member's message when they may not file; null when they may. */
        public String refusal() {
            return refusal;
        }

        public boolean mayFile() {
            return refusal == null;
        }
    }

    /** What the member types on «Заявление об изменении персональных данных». */
    public record StatementForm(String ticketNumber, String lastName, String firstName, String middleName,
            LocalDate birthDate, long educationalOrganisationId, String reason) {
    }

    /** The statement as its forms show it. */
    public record Facts(CorrectionStatement statement, OrganisationHit school, String birthDateText) {
    }

    /** Who reviews the statement, and who gets it when it is overdue. */
    public record Submitted(String reviewerGroup, String escalationGroup) {
    }

    /** The statement as Tasklist's list and the reviewers' mails show it. */
    public record Labels(String applicantName, String educationalOrganisationName, String submittedAt) {
    }

    /** The member's latest statement, for the cabinet. */
    public record StatusLine(CorrectionStatus status, String statusLabel, Instant submittedAt, Instant decidedAt,
            String rejectionReason) {
    }

    /** An approval that cannot be applied: the reviewer's message. */
    public static class NotApplicable extends RuntimeException {
        NotApplicable(String message) {
            super(message);
        }
    }

    private final CorrectionStatementRepository statements;
    private final RegistryCorrection registry;
    private final OrganisationSearch organisations;
    private final ReviewerGroups reviewerGroups;
    private final Documents documents;
    private final AccountService accounts;
    private final RegistrationJourney journey;
    private final DisplayDates dates;
    private final Clock clock;

    CorrectionStatements(CorrectionStatementRepository statements, RegistryCorrection registry,
            OrganisationSearch organisations, ReviewerGroups reviewerGroups, Documents documents,
            AccountService accounts, RegistrationJourney journey, DisplayDates dates, Clock clock) {
        this.statements = statements;
        this.registry = registry;
        this.organisations = organisations;
        this.reviewerGroups = reviewerGroups;
        this.documents = documents;
        this.accounts = accounts;
        this.journey = journey;
        this.dates = dates;
        this.clock = clock;
    }

    /** Whether the member may file a statement now. */
    @Transactional(readOnly = true)
    public Eligibility eligibility(UUID accountId) {
        if (statements.findFirstByAccountIdOrderByCreatedAtDesc(accountId)
                .filter(latest -> latest.getStatus().open()).isPresent()) {
            return Eligibility.OPEN_ALREADY;
        }
        if (registry.recordOfAccount(accountId).isPresent()) {
            return Eligibility.LINKED;
        }
        return switch (journey.progress(accountId).stage()) {
            case LOCKED_OUT -> Eligibility.LOCKED_OUT;
            case APPLICATION_RECEIVED -> Eligibility.JOIN_UNDER_REVIEW;
            default -> Eligibility.NOT_NOW;
        };
    }

    /**
     * A new draft, with the scan if the member attached one. @return its id
     *
     * @throws IllegalStateException when the member may not file one now (the caller asked {@link #eligibility})
     */
    @Transactional
    public UUID open(UUID accountId, Eligibility eligibility, Optional<Scan> scan) {
        if (!eligibility.mayFile()) {
            throw new IllegalStateException("Account " + accountId + " may not file: " + eligibility);
        }
        UUID record = eligibility == Eligibility.LINKED ? registry.recordOfAccount(accountId).orElseThrow() : null;
        try {
            return statements.saveAndFlush(new CorrectionStatement(accountId, record, eligibility == Eligibility.LINKED,
                    scan.orElse(null), clock.instant())).getId();
        } catch (DataIntegrityViolationException secondOpen) {
            // uq_correction_statement_open: a second tab filed one meanwhile
            throw new IllegalStateException("Account " + accountId + " has an open statement", secondOpen);
        }
    }

    /** The member's statement as its forms show it; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<Facts> facts(UUID accountId, UUID statementId) {
        return statements.findByIdAndAccountId(statementId, accountId).map(this::facts);
    }

    /** The linked member's record as the form starts with it: their own data. */
    @Transactional(readOnly = true)
    public Optional<RegistryMemberView> ownRecord(UUID accountId, UUID statementId) {
        return statements.findByIdAndAccountId(statementId, accountId).filter(CorrectionStatement::isLinked)
                .flatMap(statement -> Optional.ofNullable(statement.getRegistryMemberId()))
                .flatMap(registry::record).map(RegistryCorrection.Linked::member);
    }

    /** Keeps what the member typed, while the statement is a draft. */
    @Transactional
    public void edit(UUID accountId, UUID statementId, StatementForm form) {
        CorrectionStatement statement = own(accountId, statementId);
        UUID recordOfTicket = statement.isLinked() ? null
                : registry.activeRecordOfTicket(form.ticketNumber()).orElse(null);
        statement.edit(form, recordOfTicket, clock.instant());
    }

    /** «Сформировать заявление»: its PDF, filled from its row. @return the batch and the document */
    @Transactional
    public Prepared prepareDocuments(UUID accountId, UUID statementId) {
        CorrectionStatement statement = own(accountId, statementId);
        OrganisationHit school = school(statement.getNewEducationalOrganisationId());
        Optional<RegistryMemberView> old = statement.isLinked()
                ? Optional.ofNullable(statement.getRegistryMemberId()).flatMap(registry::record)
                        .map(RegistryCorrection.Linked::member)
                : Optional.empty();
        String ticket = old.map(RegistryMemberView::ticketNumber).orElse(statement.getTicketNumber());
        String primary = old.flatMap(this::schoolOfRecord).map(OrganisationHit::primaryOrganisation)
                .orElse(school.primaryOrganisation());
        CorrectionFacts facts = new CorrectionFacts(primary, ticket, old.map(RegistryMemberView::fullName).orElse(null),
                old.map(RegistryMemberView::birthDate).orElse(null),
                old.map(RegistryMemberView::educationalOrganisation).orElse(null), statement.newFullName(),
                statement.getNewBirthDate(), school.shortName(), statement.getReason(), email(accountId),
                statement.hasScan() ? Scan.describe(Scan.Type.ofMediaType(statement.getScanContentType()).orElseThrow(),
                        statement.getScan().length) : null);
        UUID batchId = documents.prepareCorrectionStatement(accountId, facts);
        UUID documentId = documents.batch(batchId).stream().map(MemberDocument::id).findFirst().orElseThrow();
        // read again: making the batch clears the persistence context (superseding drafts), which detached it
        own(accountId, statementId).documentsPrepared(batchId, documentId, clock.instant());
        return new Prepared(batchId, documentId);
    }

    /** The statement's documents to sign. */
    public record Prepared(UUID batchId, UUID documentId) {
    }

    /**
     * The signed statement goes to its primary organisation: the record's own (a linked member), or the ППО of the
     * school the member chose (a member not yet linked, or a record whose school the directory does not know). The
     * record as it is now is kept with it, for the reviewer to compare.
     */
    @Transactional
    public Submitted submit(UUID accountId, UUID statementId) {
        CorrectionStatement statement = own(accountId, statementId);
        Optional<UUID> record = statement.isLinked() ? Optional.ofNullable(statement.getRegistryMemberId())
                : registry.activeRecordOfTicket(statement.getTicketNumber());
        Optional<RegistryMemberView> old = record.flatMap(registry::record).map(RegistryCorrection.Linked::member);
        long schoolId = old.filter(view -> statement.isLinked()).flatMap(this::schoolOfRecord).map(OrganisationHit::id)
                .orElse(statement.getNewEducationalOrganisationId());
        UnionOrganisations union = unionOf(schoolId);
        reviewerGroups.ensureFor(union);
        if (statement.getStatus() == CorrectionStatus.DRAFT) {
            statement.submit(old.map(view -> new CorrectionStatement.Old(view.lastName(), view.firstName(),
                    view.middleName(), view.birthDate(), view.educationalOrganisation(), view.primaryOrganisation()))
                    .orElse(null), union.primaryId(), schoolId, clock.instant());
        }
        return new Submitted(ReviewerGroups.primaryGroup(union.primaryId()),
                ReviewerGroups.territorialGroup(union.territorialId()));
    }

    /**
     * The primary organisation's decision, as the reviewer gave it in Tasklist: what, by whom, when. An approval
     * needs a record to correct that is free for this member.
     *
     * @throws NotApplicable when an approval cannot be applied
     */
    @Transactional
    public void decide(UUID statementId, Decision decision, String reason, String reviewer) {
        CorrectionStatement statement = existing(statementId);
        if (decision == Decision.APPROVE) {
            target(statement);
        }
        statement.decide(decision, reason, reviewer, clock.instant());
    }

    /**
     * «Внести изменения в реестр»: the approved statement corrects its record (with its history) and, for a member
     * not yet linked, links their account to it; a member waiting out failed checks may check again at once.
     */
    @Transactional
    public void apply(UUID statementId) {
        CorrectionStatement statement = existing(statementId);
        if (statement.getStatus() == CorrectionStatus.APPROVED) {
            return;
        }
        UUID record = target(statement);
        RegistryMemberView now = registry.record(record).orElseThrow().member();
        OrganisationHit school = school(statement.getNewEducationalOrganisationId());
        // the same school as the record's: its names stay as the registry spells them; another: the directory's
        boolean sameSchool = school.shortName().equals(now.educationalOrganisation());
        registry.apply(record, new RegistryCorrection.Correction(statementId, statement.getNewLastName(),
                statement.getNewFirstName(), statement.getNewMiddleName(), statement.getNewBirthDate(),
                sameSchool ? now.educationalOrganisation() : school.shortName(),
                sameSchool || school.primaryOrganisation() == null ? now.primaryOrganisation()
                        : school.primaryOrganisation(),
                statement.isLinked() ? null : statement.getAccountId(), statement.getReviewer()));
        statement.applied(record, clock.instant());
        if (!statement.isLinked()) {
            journey.endMembershipLockout(statement.getAccountId());
        }
    }

    /** «Отменить заявление» before signing. */
    @Transactional
    public void withdraw(UUID statementId) {
        existing(statementId).withdraw(clock.instant());
    }

    /** Any member's statement, for readers the caller has authorised (the reviewer's page). */
    @Transactional(readOnly = true)
    public Optional<CorrectionStatement> find(UUID statementId) {
        return statements.findById(statementId);
    }

    /** The statement as the delegates read it. */
    @Transactional(readOnly = true)
    public CorrectionStatement get(UUID statementId) {
        return existing(statementId);
    }

    /** The statement's facts for an authorised reader. */
    @Transactional(readOnly = true)
    public Facts facts(UUID statementId) {
        return facts(existing(statementId));
    }

    /** The scan for an authorised reader: its type and bytes. */
    @Transactional(readOnly = true)
    public Optional<ScanFile> scan(UUID statementId) {
        return statements.findById(statementId).filter(CorrectionStatement::hasScan)
                .map(statement -> new ScanFile(statement.getScanContentType(), statement.getScanFileName(),
                        statement.getScan()));
    }

    /** A scan to send. */
    public record ScanFile(String contentType, String fileName, byte[] bytes) {
    }

    /** The record as the registry has it now, and what it would become, for the reviewer's page. */
    @Transactional(readOnly = true)
    public Optional<RegistryCorrection.Linked> currentRecord(UUID statementId) {
        CorrectionStatement statement = existing(statementId);
        Optional<UUID> record = statement.getRegistryMemberId() != null
                ? Optional.of(statement.getRegistryMemberId())
                : registry.activeRecordOfTicket(statement.getTicketNumber());
        return record.flatMap(registry::record);
    }

    /** What Tasklist's list shows of a statement under review, and what the reviewers' mails name. */
    @Transactional(readOnly = true)
    public Labels labels(UUID statementId) {
        CorrectionStatement statement = existing(statementId);
        long schoolId = Objects.requireNonNullElse(statement.getEducationalOrganisationId(),
                statement.getNewEducationalOrganisationId());
        return new Labels(statement.newFullName(), school(schoolId).shortName(),
                statement.getSubmittedAt() == null ? "" : dates.dateTime(statement.getSubmittedAt()));
    }

    /** The member's latest statement, for the cabinet. */
    @Transactional(readOnly = true)
    public Optional<StatusLine> status(UUID accountId) {
        return statements.findFirstByAccountIdOrderByCreatedAtDesc(accountId)
                .filter(statement -> statement.getStatus() != CorrectionStatus.WITHDRAWN)
                .map(statement -> new StatusLine(statement.getStatus(), statement.getStatus().label(),
                        statement.getSubmittedAt(), statement.getDecidedAt(), statement.getRejectionReason()));
    }

    static String fullName(String lastName, String firstName, String middleName) {
        return Stream.of(lastName, firstName, middleName).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    /**
     * The record an approval corrects: the linked member's own, or the active record of the typed ticket number if
     * no other account holds it.
     */
    private UUID target(CorrectionStatement statement) {
        if (statement.isLinked()) {
            return Optional.ofNullable(statement.getRegistryMemberId()).filter(id -> registry.record(id).isPresent())
                    .orElseThrow(() -> new NotApplicable("Запись члена Профсоюза больше нет в АИС «Единый реестр»: "
                            + "одобрить заявление нельзя. Откажите, указав причину."));
        }
        UUID record = registry.activeRecordOfTicket(statement.getTicketNumber())
                .orElseThrow(() -> new NotApplicable("В АИС «Единый реестр» нет члена Профсоюза с номером билета "
                        + "из заявления: одобрить заявление нельзя. Откажите, указав причину."));
        UUID holder = registry.record(record).map(RegistryCorrection.Linked::accountId).orElse(null);
        if (holder != null && !holder.equals(statement.getAccountId())) {
            throw new NotApplicable("Запись с номером билета из заявления уже привязана к другому личному кабинету: "
                    + "одобрить заявление нельзя. Откажите, указав причину.");
        }
        return record;
    }

    /**
     * The directory's school of a record: the only one of its short name (the registry keeps names, not the
     * directory's ids); empty when there is none or more than one.
     */
    private Optional<OrganisationHit> schoolOfRecord(RegistryMemberView record) {
        List<OrganisationHit> hits = organisations.search(record.educationalOrganisation(), OrganisationSearch.MAX_LIMIT)
                .stream()
                .filter(hit -> hit.shortName().equals(record.educationalOrganisation()))
                .toList();
        return hits.size() == 1 ? Optional.of(hits.get(0)) : Optional.empty();
    }

    private Facts facts(CorrectionStatement statement) {
        OrganisationHit school = statement.getNewEducationalOrganisationId() == null ? null
                : school(statement.getNewEducationalOrganisationId());
        return new Facts(statement, school, statement.getNewBirthDate() == null ? null
                : DATE.format(statement.getNewBirthDate()));
    }

    private CorrectionStatement own(UUID accountId, UUID statementId) {
        return statements.findByIdAndAccountId(statementId, accountId)
                .orElseThrow(() -> new NoSuchElementException("No statement " + statementId + " of this member"));
    }

    private CorrectionStatement existing(UUID statementId) {
        return statements.findById(statementId)
                .orElseThrow(() -> new NoSuchElementException("No statement " + statementId));
    }

    private OrganisationHit school(long educationalOrganisationId) {
        return organisations.byId(educationalOrganisationId)
                .orElseThrow(() -> new IllegalStateException("No organisation " + educationalOrganisationId));
    }

    private UnionOrganisations unionOf(long educationalOrganisationId) {
        return organisations.unionOf(educationalOrganisationId)
                .orElseThrow(() -> new IllegalStateException("No primary organisation for " + educationalOrganisationId));
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }
}
