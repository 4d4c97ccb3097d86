package org.unioncabinet.registration.joining;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.JoinApplicant;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.registry.MemberAdmission;
import org.unioncabinet.registration.review.ReviewerGroups;
import org.unioncabinet.system.DisplayDates;

/** Variant 2, «Вступить в Профсоюз»: the documents, the application in the registry, the decision. */
@Service
public class JoinApplications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** What the member typed on «Заявление о вступлении в Профсоюз». */
    public record JoinForm(String lastName, String firstName, String middleName, String gender, LocalDate birthDate,
            String phone, long educationalOrganisationId, String unit, String employmentType, boolean advertising) {
    }

    /** The documents to sign and what the review forms show about them, in words. */
    public record Prepared(UUID batchId, UUID joinApplicationId, UUID personalDataConsentId, UUID advertisingConsentId,
            String signerName, String phone, Display display) {
    }

    /** The facts the review forms show as text: the date as a Russian reads it, the options by their labels. */
    public record Display(String birthDate, String genderLabel, String employmentTypeLabel,
            String educationalOrganisationName, String applicantEmail) {
    }

    /** Who reviews the application, and who gets it when it is overdue. */
    public record Submitted(String reviewerGroup, String escalationGroup, String submittedAtText) {
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

    @Transactional
    public Prepared prepareDocuments(UUID accountId, JoinForm form) {
        OrganisationHit school = organisations.byId(form.educationalOrganisationId())
                .orElseThrow(() -> new IllegalStateException("No organisation " + form.educationalOrganisationId()));
        UnionOrganisations union = organisations.unionOf(school.id())
                .orElseThrow(() -> new IllegalStateException("No primary organisation for " + school.id()));
        String email = accounts.find(accountId).orElseThrow().getEmail();
        String phone = Phones.normalize(form.phone());
        JoinApplicant applicant = new JoinApplicant(form.lastName(), form.firstName(), form.middleName(),
                form.gender(), form.birthDate(), phone, email, school.fullName(), union.primaryName(), form.unit(),
                form.employmentType());
        UUID batchId = documents.prepareJoinDocuments(accountId, applicant, form.advertising());
        List<MemberDocument> batch = documents.batch(batchId);
        return new Prepared(batchId, idOf(batch, DocumentKind.JOIN_APPLICATION),
                idOf(batch, DocumentKind.PERSONAL_DATA_CONSENT), idOf(batch, DocumentKind.ADVERTISING_CONSENT),
                fullName(form.lastName(), form.firstName(), form.middleName()), phone,
                new Display(DATE.format(form.birthDate()), applicant.genderLabel(), applicant.employmentTypeLabel(),
                        school.shortName(), email));
    }

    /** «Заявление получено»: the signed application enters the registry and goes to the primary organisation. */
    @Transactional
    public Submitted submit(UUID accountId, long educationalOrganisationId, UUID batchId) {
        UnionOrganisations union = organisations.unionOf(educationalOrganisationId)
                .orElseThrow(() -> new IllegalStateException("No primary organisation for " + educationalOrganisationId));
        reviewerGroups.ensureFor(union);
        if (!applications.existsByAccountIdAndDocumentBatchId(accountId, batchId)) {
            applications.save(new JoinApplication(accountId, educationalOrganisationId, union.primaryId(), batchId,
                    clock.instant()));
        }
        return new Submitted(ReviewerGroups.primaryGroup(union.primaryId()),
                ReviewerGroups.territorialGroup(union.territorialId()), dates.dateTime(clock.instant()));
    }

    /** «Поставить на учёт»: a registry record with a new e-ticket number, linked to the member's account. */
    @Transactional
    public String admit(UUID accountId, String lastName, String firstName, String middleName, LocalDate birthDate,
            long educationalOrganisationId) {
        OrganisationHit school = organisations.byId(educationalOrganisationId).orElseThrow();
        String ticket = admission.admit(accountId, new MemberAdmission.NewMember(lastName, firstName, middleName,
                birthDate, school.shortName(), school.primaryOrganisation()));
        latest(accountId).ifPresent(application -> application.approve(ticket, clock.instant()));
        return ticket;
    }

    @Transactional
    public void reject(UUID accountId, String reason) {
        latest(accountId).ifPresent(application -> application.reject(reason, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationJourney.ApplicationStatus> status(UUID accountId) {
        return latest(accountId).map(application -> new RegistrationJourney.ApplicationStatus(application.getStatus().label(),
                organisations.byId(application.getEducationalOrganisationId())
                        .map(OrganisationHit::primaryOrganisation).orElse(""),
                application.getSubmittedAt()));
    }

    @Transactional(readOnly = true)
    public Optional<JoinApplication> latest(UUID accountId) {
        return applications.findFirstByAccountIdOrderBySubmittedAtDesc(accountId);
    }

    static String fullName(String lastName, String firstName, String middleName) {
        return Stream.of(lastName, firstName, middleName).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }

    private static UUID idOf(List<MemberDocument> batch, DocumentKind kind) {
        return batch.stream().filter(document -> document.kind() == kind).map(MemberDocument::id).findFirst()
                .orElse(null);
    }
}
