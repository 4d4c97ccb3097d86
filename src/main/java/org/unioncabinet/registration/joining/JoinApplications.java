package org.unioncabinet.registration.joining;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.JoinApplicant;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registry.MemberAdmission;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.system.DisplayDates;

/**
 * Variant 2, «Вступить в Профсоюз»: the application as the member types it, its documents, the application in the
 * registry, the decision and the admission. Every fact is read from the application's row: the process only says
 * which application ({@code joinApplicationId}).
 */
@Service
public class JoinApplications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * What the member typed on «Заявление о вступлении в Профсоюз»; the phone as +7XXXXXXXXXX. The organisation query
     * is what an earlier form's search field held (applications made before the combobox); null since.
     */
    public record JoinForm(String lastName, String firstName, String middleName, String gender, LocalDate birthDate,
            String phone, String organisationQuery, long educationalOrganisationId, String unit,
            String employmentType, boolean advertising) {
    }

    /** The documents to sign, as the member's review form links them (the advertising consent may be absent). */
    public record Prepared(UUID batchId, UUID joinApplicationId, UUID personalDataConsentId,
            UUID advertisingConsentId) {
    }

    /** The applicant, the school and when the application was signed, as Tasklist's list shows them. */
    public record Labels(String applicantName, String educationalOrganisationName, String submittedAt) {
    }

    /** An application as the reviewers' daily digest lists it. */
    public record Arrival(String applicantName, String educationalOrganisationName, Instant submittedAt) {
    }

    /** Who reviews the application, and who gets it when it is overdue. */
    public record Submitted(String reviewerGroup, String escalationGroup) {
    }

    /**
     * The application as the forms show it, in words: the date as a Russian reads it, the options by their labels,
     * the school by its short name (and as the organisation search lists it).
     */
    public record Facts(JoinForm form, String birthDate, String genderLabel, String employmentTypeLabel,
            String educationalOrganisationName, String educationalOrganisationOption, String primaryOrganisationName,
            String applicantEmail, String fullName, Instant submittedAt, JoinApplicationStatus status) {

        /** The phone as people read it, +7 (916) 123-45-67, as the member saw it on the form and in the PDF. */
        public String phoneText() {
            return Phones.display(form.phone());
        }
    }

    private final Documents documents;
    private final OrganisationSearch organisations;
    private final ReviewerGroups reviewerGroups;
    private final MemberAdmission admission;
    private final AccountService accounts;
    private final JoinApplicationRepository applications;
    private final DisplayDates dates;
    private final Clock clock;

    public JoinApplications(Documents documents, OrganisationSearch organisations, ReviewerGroups reviewerGroups,
            MemberAdmission admission, AccountService accounts, JoinApplicationRepository applications,
            DisplayDates dates, Clock clock) {
        this.documents = documents;
        this.organisations = organisations;
        this.reviewerGroups = reviewerGroups;
        this.admission = admission;
        this.accounts = accounts;
        this.applications = applications;
        this.dates = dates;
        this.clock = clock;
    }

    /**
     * Keeps what the member typed. The application the journey holds is changed while it is a draft («Изменить
     * данные»); once signed it never changes, so applying again after a rejection starts a new draft.
     *
     * @return the draft's id
     */
    @Transactional
    public UUID saveDraft(UUID accountId, Optional<UUID> current, JoinForm form) {
        long primaryOrganisationId = unionOf(form.educationalOrganisationId()).primaryId();
        Instant now = clock.instant();
        Optional<JoinApplication> draft = current.flatMap(id -> applications.findByIdAndAccountId(id, accountId))
                .filter(application -> application.getStatus() == JoinApplicationStatus.DRAFT);
        if (draft.isPresent()) {
            draft.get().edit(form, primaryOrganisationId, now);
            return draft.get().getId();
        }
        return applications.save(new JoinApplication(accountId, form, primaryOrganisationId, now)).getId();
    }

    /**
     * Gives a journey of an earlier version, which kept the application's fields in its variables, its application:
     * the one its documents were signed for, or else a draft. @return its id
     */
    @Transactional
    public UUID restore(UUID accountId, JoinForm form, Optional<UUID> batchId) {
        Instant now = clock.instant();
        Optional<JoinApplication> signed = batchId.flatMap(batch -> applications.findFirstByAccountIdAndDocumentBatchId(
                accountId, batch));
        if (signed.isPresent()) {
            signed.get().restore(form, now);
            return signed.get().getId();
        }
        JoinApplication draft = new JoinApplication(accountId, form, unionOf(form.educationalOrganisationId()).primaryId(),
                now);
        batchId.ifPresent(batch -> draft.documentsPrepared(batch, now));
        return applications.save(draft).getId();
    }

    /** The member's application as the forms show it; empty for anyone else's. */
    @Transactional(readOnly = true)
    public Optional<Facts> facts(UUID accountId, UUID applicationId) {
        return applications.findByIdAndAccountId(applicationId, accountId).map(this::facts);
    }

    /** The same for a reader other than the member (the reviewer, who is authorised by their group). */
    @Transactional(readOnly = true)
    public Optional<Facts> facts(UUID applicationId) {
        return applications.findById(applicationId).map(this::facts);
    }

    /** Why the member's latest rejected application was rejected, for the form they apply again with. */
    @Transactional(readOnly = true)
    public Optional<String> lastRejectionReason(UUID accountId) {
        return applications.findFirstByAccountIdAndStatusOrderByDecidedAtDesc(accountId, JoinApplicationStatus.REJECTED)
                .map(JoinApplication::getRejectionReason);
    }

    /** «Сформировать заявление и согласия»: the documents of the draft, filled from its row. */
    @Transactional
    public Prepared prepareDocuments(UUID accountId, UUID applicationId) {
        JoinApplication application = own(accountId, applicationId);
        JoinForm form = application.form();
        OrganisationHit school = school(form.educationalOrganisationId());
        UnionOrganisations union = unionOf(school.id());
        JoinApplicant applicant = new JoinApplicant(form.lastName(), form.firstName(), form.middleName(),
                form.gender(), form.birthDate(), Phones.display(form.phone()), email(accountId), school.fullName(),
                union.primaryName(), form.unit(), form.employmentType());
        UUID batchId = documents.prepareJoinDocuments(accountId, applicant, form.advertising());
        application.documentsPrepared(batchId, clock.instant());
        List<MemberDocument> batch = documents.batch(batchId);
        return new Prepared(batchId, idOf(batch, DocumentKind.JOIN_APPLICATION),
                idOf(batch, DocumentKind.PERSONAL_DATA_CONSENT), idOf(batch, DocumentKind.ADVERTISING_CONSENT));
    }

    /** «Заявление получено»: the signed application enters the registry and goes to the primary organisation. */
    @Transactional
    public Submitted submit(UUID accountId, UUID applicationId) {
        JoinApplication application = own(accountId, applicationId);
        UnionOrganisations union = unionOf(application.getEducationalOrganisationId());
        reviewerGroups.ensureFor(union);
        if (application.getStatus() == JoinApplicationStatus.DRAFT) {
            application.submit(clock.instant());
        }
        return new Submitted(ReviewerGroups.primaryGroup(union.primaryId()),
                ReviewerGroups.territorialGroup(union.territorialId()));
    }

    /** The primary organisation's decision, as the reviewer gave it in Tasklist: what, by whom, when. */
    @Transactional
    public void decide(UUID applicationId, Decision decision, String reason, String reviewer) {
        existing(applicationId).decide(decision, decision == Decision.REJECT ? reason : null, reviewer, clock.instant());
    }

    /**
     * «Поставить на учёт»: a registry record built from the signed application, with a new e-ticket number, linked
     * to the member's account. @return the number
     */
    @Transactional
    public String admit(UUID applicationId) {
        JoinApplication application = existing(applicationId);
        JoinForm form = application.form();
        OrganisationHit school = school(form.educationalOrganisationId());
        String ticket = admission.admit(application.getAccountId(), new MemberAdmission.NewMember(form.lastName(),
                form.firstName(), form.middleName(), form.birthDate(), school.shortName(), school.primaryOrganisation()));
        application.admit(ticket, clock.instant());
        return ticket;
    }

    /** Any member's application, for readers the caller has authorised (the reviewer's page). */
    @Transactional(readOnly = true)
    public Optional<JoinApplication> find(UUID applicationId) {
        return applications.findById(applicationId);
    }

    /** The application as the delegates of the review read it: its member, decision, reason, ticket. */
    @Transactional(readOnly = true)
    public JoinApplication get(UUID applicationId) {
        return existing(applicationId);
    }

    /** Where the member's latest signed application stands, for the cabinet's status line. */
    @Transactional(readOnly = true)
    public Optional<RegistrationJourney.ApplicationStatus> status(UUID accountId) {
        return applications.findLatestSubmitted(accountId).map(application -> new RegistrationJourney.ApplicationStatus(
                application.getStatus().label(), school(application.getEducationalOrganisationId()).primaryOrganisation(),
                application.getSubmittedAt()));
    }

    /** The member's latest signed application, whose reviewers may read its documents. */
    @Transactional(readOnly = true)
    public Optional<JoinApplication> latest(UUID accountId) {
        return applications.findLatestSubmitted(accountId);
    }

    /** What the member's latest signed application says (its name, for the dictation's certificate). */
    @Transactional(readOnly = true)
    public Optional<JoinForm> latestSignedForm(UUID accountId) {
        return applications.findLatestSubmitted(accountId).map(JoinApplication::form);
    }

    /** The applications signed for these primary organisations within [from, to), oldest first: the daily digest. */
    @Transactional(readOnly = true)
    public List<Arrival> arrivals(Collection<Long> primaryOrganisationIds, Instant from, Instant to) {
        if (primaryOrganisationIds.isEmpty()) {
            return List.of();
        }
        return applications.findSubmitted(primaryOrganisationIds, from, to).stream()
                .map(application -> new Arrival(application.fullName(),
                        school(application.getEducationalOrganisationId()).shortName(), application.getSubmittedAt()))
                .toList();
    }

    /** What Tasklist's list shows of an application under review, and what mails to its reviewers name. */
    @Transactional(readOnly = true)
    public Labels labels(UUID applicationId) {
        JoinApplication application = existing(applicationId);
        return new Labels(application.fullName(), school(application.getEducationalOrganisationId()).shortName(),
                application.getSubmittedAt() == null ? "" : dates.dateTime(application.getSubmittedAt()));
    }

    static String fullName(String lastName, String firstName, String middleName) {
        return Stream.of(lastName, firstName, middleName).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    private Facts facts(JoinApplication application) {
        JoinForm form = application.form();
        OrganisationHit school = school(form.educationalOrganisationId());
        JoinApplicant applicant = new JoinApplicant(form.lastName(), form.firstName(), form.middleName(),
                form.gender(), form.birthDate(), form.phone(), null, school.fullName(), school.primaryOrganisation(),
                form.unit(), form.employmentType());
        return new Facts(form, DATE.format(form.birthDate()), applicant.genderLabel(), applicant.employmentTypeLabel(),
                school.shortName(), school.optionLabel(), school.primaryOrganisation(), email(application.getAccountId()),
                application.fullName(), application.getSubmittedAt(), application.getStatus());
    }

    private JoinApplication own(UUID accountId, UUID applicationId) {
        return applications.findByIdAndAccountId(applicationId, accountId)
                .orElseThrow(() -> new NoSuchElementException("No application " + applicationId + " of this member"));
    }

    private JoinApplication existing(UUID applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new NoSuchElementException("No application " + applicationId));
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

    private static UUID idOf(List<MemberDocument> batch, DocumentKind kind) {
        return batch.stream().filter(document -> document.kind() == kind).map(MemberDocument::id).findFirst()
                .orElse(null);
    }
}
