package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** Variant 2's documents: the application to join with its consents, prepared, replaced and signed. */
@CabinetTest
class JoinDocumentsTest {

    static final JoinApplicant IVANOVA = new JoinApplicant("Иванова", "Мария", "Петровна", "female",
            LocalDate.of(1985, 3, 12), "+7 900 123-45-67", "ivanova@mail.ru", "МБОУ СОШ № 15 г. Васильевска",
            "МБОУ СОШ № 15 г. Васильевска", "Начальная школа", "employee");

    static final Instant SIGNED_AT = Instant.parse("2026-12-01T11:03:12Z");

    @Autowired
    Documents documents;
    @Autowired
    Consents consents;
    @Autowired
    LegalTexts legalTexts;
    @Autowired
    Members members;

    UUID accountId;

    @BeforeEach
    void member() {
        accountId = members.register(Members.newEmail()).getId();
    }

    @Test
    void theAddresseeLineNamesThePrimaryOrganisationOnce() {
        assertThat(Documents.addressee("ППО МБОУ СОШ № 15 г. Васильевска")).isEqualTo("МБОУ СОШ № 15 г. Васильевска");
        assertThat(Documents.addressee("Первичная профсоюзная организация МБОУ СОШ № 15"))
                .isEqualTo("МБОУ СОШ № 15");
        assertThat(Documents.addressee("МБОУ СОШ № 15 г. Васильевска")).isEqualTo("МБОУ СОШ № 15 г. Васильевска");
    }

    @Test
    void theApplicationIsAddressedToThePrimaryOrganisationAndSaysWhoAppliesAndTheWholeText() {
        MemberDocument application = documents.batch(documents.prepareJoinDocuments(accountId, IVANOVA, false)).get(0);
        byte[] pdf = documents.content(application.id());
        Samples.keep("join-application.pdf", pdf);

        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains("В первичную профсоюзную организацию МБОУ СОШ № 15 г. Васильевска")
                .contains("Заявление о вступлении в Общероссийский Профсоюз образования")
                .contains("Редакция 1 от 01.11.2026")
                .contains("Фамилия, имя, отчество Иванова Мария Петровна")
                .contains("Пол Женский")
                .contains("Дата рождения 12.03.1985")
                .contains("Телефон +7 900 123-45-67")
                .contains("ivanova@mail.ru")
                .contains("Образовательная организация МБОУ СОШ № 15 г. Васильевска")
                .contains("Структурное подразделение Начальная школа")
                .contains("Тип занятости Работник")
                .contains("Прошу принять меня в члены Общероссийского Профсоюза образования")
                .contains("Дата: " + MoscowTime.date(application.createdAt()));
        String body = Pdfs.withoutPageFooters(text);
        for (String paragraph : legalTexts.current(LegalTextKind.JOIN_APPLICATION).getParagraphs()) {
            assertThat(body).contains(Pdfs.normalize(paragraph));
        }
        // The order the brief gives: addressee, facts, the application's text, its date.
        assertThat(text.indexOf("В первичную профсоюзную организацию")).isLessThan(text.indexOf("Иванова Мария Петровна"));
        assertThat(text.indexOf("Тип занятости")).isLessThan(text.indexOf("Прошу принять меня"));
        assertThat(text.indexOf("Прошу принять меня")).isLessThan(text.indexOf("Дата: "));
        assertThat(Pdfs.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVu");
        });
    }

    @Test
    void aStudentWithoutAUnitGetsNoUnitRow() {
        JoinApplicant petrov = new JoinApplicant("Петров", "Олег", "", "male", LocalDate.of(2004, 9, 1),
                "+7 900 000-00-01", "petrov@mail.ru", "ФГБОУ ВО «Васильевский педагогический университет»",
                "Профсоюзная организация студентов ВПУ", " ", "student");

        String text = Pdfs.text(documents.content(
                documents.batch(documents.prepareJoinDocuments(accountId, petrov, false)).get(0).id()));

        assertThat(text)
                .contains("Фамилия, имя, отчество Петров Олег Пол")
                .contains("Пол Мужской")
                .contains("Тип занятости Обучающийся")
                .contains("ФГБОУ ВО «Васильевский педагогический университет»")
                .doesNotContain("Структурное подразделение");
    }

    @Test
    void refusesAnUnknownGenderOrEmploymentType() {
        assertThatThrownBy(() -> new JoinApplicant("Петров", "Олег", "", "m", LocalDate.of(2004, 9, 1), "+7", "p@mail.ru",
                "Школа", "ППО", null, "student")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JoinApplicant("Петров", "Олег", "", "male", LocalDate.of(2004, 9, 1), "+7",
                "p@mail.ru", "Школа", "ППО", null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutTheOptInPreparesTheApplicationThenThePersonalDataConsent() {
        List<MemberDocument> batch = documents.batch(documents.prepareJoinDocuments(accountId, IVANOVA, false));

        assertThat(batch).extracting(MemberDocument::kind)
                .containsExactly(DocumentKind.JOIN_APPLICATION, DocumentKind.PERSONAL_DATA_CONSENT);
        assertThat(batch).extracting(MemberDocument::title).containsExactly(
                "Заявление о вступлении в Общероссийский Профсоюз образования",
                "Согласие на обработку персональных данных");
        assertThat(batch).extracting(MemberDocument::status).containsOnly(DocumentStatus.DRAFT);
        String consent = Pdfs.text(documents.content(batch.get(1).id()));
        assertThat(consent)
                .contains("Согласие на обработку персональных данных")
                .contains("Иванова Мария Петровна")
                .contains("12.03.1985")
                .contains("ivanova@mail.ru")
                .doesNotContain("Номер электронного профсоюзного билета")
                .doesNotContain("Прошу принять меня");
    }

    @Test
    void withTheOptInAddsTheAdvertisingConsentLast() {
        List<MemberDocument> batch = documents.batch(documents.prepareJoinDocuments(accountId, IVANOVA, true));

        assertThat(batch).extracting(MemberDocument::kind).containsExactly(DocumentKind.JOIN_APPLICATION,
                DocumentKind.PERSONAL_DATA_CONSENT, DocumentKind.ADVERTISING_CONSENT);
        assertThat(Pdfs.text(documents.content(batch.get(2).id())))
                .contains("Согласие на получение информационных и рекламных сообщений")
                .contains("Иванова Мария Петровна");
    }

    @Test
    void comingBackAfterChangingTheDataSupersedesTheFirstBatchsDrafts() {
        UUID first = documents.prepareJoinDocuments(accountId, IVANOVA, true);
        UUID second = documents.prepareJoinDocuments(accountId, withUnit(IVANOVA, "Дошкольное отделение"), false);

        assertThat(documents.batch(first)).hasSize(3).extracting(MemberDocument::status)
                .containsOnly(DocumentStatus.SUPERSEDED);
        assertThat(documents.batch(second)).hasSize(2).extracting(MemberDocument::status)
                .containsOnly(DocumentStatus.DRAFT);
        UUID oldApplication = documents.batch(first).get(0).id();
        assertThatThrownBy(() -> documents.markSigned(oldApplication, UUID.randomUUID(),
                SIGNED_AT, "ivanova@mail.ru")).isInstanceOf(IllegalStateException.class);
        assertThat(Pdfs.text(documents.content(documents.batch(second).get(0).id())))
                .contains("Дошкольное отделение").doesNotContain("Начальная школа");
    }

    @Test
    void switchingToTheConsentsAloneSupersedesAnUnsignedApplication() {
        UUID join = documents.prepareJoinDocuments(accountId, IVANOVA, false);

        documents.prepareConsents(accountId, IVANOVA.holder(), false);

        assertThat(documents.batch(join)).extracting(MemberDocument::status).containsOnly(DocumentStatus.SUPERSEDED);
    }

    @Test
    void theSameApplicantAtTheSameMomentGivesTheSameBytes(@Autowired StoredDocumentRepository repository,
            @Autowired PdfRenderer renderer, @Autowired SignatureStamp stamp, @Autowired JdbcClient jdbc,
            @Autowired PlatformTransactionManager transactionManager) {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        Documents atOneMoment = new Documents(repository, legalTexts, renderer, stamp, consents, jdbc, fixed);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        UUID otherAccount = members.register(Members.newEmail()).getId();

        UUID first = transaction.execute(status -> atOneMoment.prepareJoinDocuments(accountId, IVANOVA, true));
        UUID second = transaction.execute(status -> atOneMoment.prepareJoinDocuments(otherAccount, IVANOVA, true));
        UUID changed = transaction.execute(status ->
                atOneMoment.prepareJoinDocuments(accountId, withUnit(IVANOVA, "Начальная школа 2"), true));

        List<byte[]> firstPdfs = contents(first);
        assertThat(contents(second)).hasSize(3).zipSatisfy(firstPdfs, (again, original) ->
                assertThat(again).isEqualTo(original));
        assertThat(Pdfs.dates(firstPdfs.get(0))).containsOnly(fixed.instant());
        assertThat(Pdfs.text(firstPdfs.get(0))).contains("Дата: 01.12.2026");
        assertThat(contents(changed).get(0)).isNotEqualTo(firstPdfs.get(0));
    }

    @Test
    void signingTheApplicationStampsItAndRecordsNoConsent() {
        MemberDocument application = documents.batch(documents.prepareJoinDocuments(accountId, IVANOVA, false)).get(0);
        byte[] before = documents.content(application.id());
        UUID signatureId = UUID.randomUUID();

        documents.markSigned(application.id(), signatureId, SIGNED_AT, "ivanova@mail.ru");

        assertThat(documents.ofAccount(accountId)).singleElement().satisfies(signed -> {
            assertThat(signed.id()).isEqualTo(application.id());
            assertThat(signed.kind()).isEqualTo(DocumentKind.JOIN_APPLICATION);
            assertThat(signed.status()).isEqualTo(DocumentStatus.SIGNED);
            assertThat(signed.signatureId()).isEqualTo(signatureId);
        });
        byte[] stamped = documents.file(accountId, application.id()).orElseThrow().bytes();
        assertThat(Arrays.copyOf(stamped, before.length)).isEqualTo(before);
        // the application fills its page: the stamp gets one of its own
        assertThat(Pdfs.pages(stamped)).isEqualTo(Pdfs.pages(before) + 1);
        assertThat(Pdfs.lastPageText(stamped))
                .contains("Документ подписан простой электронной подписью")
                .contains("Заявление о вступлении в Общероссийский Профсоюз образования")
                .contains("Иванова Мария Петровна")
                .contains(signatureId.toString())
                .contains(application.sha256());
        assertThat(consents.ofAccount(accountId)).isEmpty();
        Samples.keep("join-application-signed.pdf", stamped);
    }

    @Test
    void markupAndControlCharactersInTheApplicantsValuesArePrintedAsText() {
        JoinApplicant hostile = new JoinApplicant("<script>alert('x')</script>", "Том & Джерри", "<b>Жирный</b>\u0000",
                "female", LocalDate.of(1990, 1, 2), "<img src=x onerror=alert(1)>", "a&b@example.ru",
                "Школа «Ромашка» & <i>Ко</i>", "ППО </p><p>Поддельный абзац", "\u202EОтдел</td></tr>", "employee");

        List<MemberDocument> batch = documents.batch(documents.prepareJoinDocuments(accountId, hostile, false));
        byte[] pdf = documents.content(batch.get(0).id());
        Samples.keep("join-application-hostile.pdf", pdf);
        String application = Pdfs.text(pdf);
        String consent = Pdfs.text(documents.content(batch.get(1).id()));

        assertThat(application)
                .contains("В первичную профсоюзную организацию").contains("p><p>Поддельный абзац")
                .contains("<script>alert('x')</script> Том & Джерри <b>Жирный</b>")
                .contains("<img src=x onerror=alert(1)>")
                .contains("a&b@example.ru")
                .contains("Школа «Ромашка» & <i>Ко</i>")
                .contains("Структурное подразделение Отдел</td></tr> Тип занятости Работник")
                .doesNotContain("\u202E")
                .doesNotContain("&amp;")
                .doesNotContain("&lt;")
                // nothing in the values ended an element or swallowed the rest
                .contains("Прошу принять меня в члены")
                .contains("Дата: ");
        assertThat(consent).contains("<script>alert('x')</script> Том & Джерри <b>Жирный</b>");
    }

    @Test
    void aVeryLongUnitWrapsInsideThePage() {
        String longUnit = "Структурное-подразделение-" + "Ж".repeat(600);
        String longOrganisation = "О".repeat(300);

        byte[] pdf = documents.content(documents.batch(documents.prepareJoinDocuments(accountId,
                withUnit(withPrimaryOrganisation(IVANOVA, longOrganisation), longUnit), false)).get(0).id());
        Samples.keep("join-application-long-unit.pdf", pdf);

        String unwrapped = Pdfs.withoutPageFooters(Pdfs.text(pdf)).replace(" ", "");
        assertThat(unwrapped).contains(longUnit).contains(longOrganisation).contains("Прошупринятьменявчлены");
        assertThat(Pdfs.rightmostGlyph(pdf)).isLessThan(1.0);
    }

    private List<byte[]> contents(UUID batchId) {
        return documents.batch(batchId).stream().map(document -> documents.content(document.id())).toList();
    }

    private static JoinApplicant withUnit(JoinApplicant applicant, String unit) {
        return new JoinApplicant(applicant.lastName(), applicant.firstName(), applicant.middleName(), applicant.gender(),
                applicant.birthDate(), applicant.phone(), applicant.email(), applicant.educationalOrganisation(),
                applicant.primaryOrganisation(), unit, applicant.employmentType());
    }

    private static JoinApplicant withPrimaryOrganisation(JoinApplicant applicant, String primaryOrganisation) {
        return new JoinApplicant(applicant.lastName(), applicant.firstName(), applicant.middleName(), applicant.gender(),
                applicant.birthDate(), applicant.phone(), applicant.email(), applicant.educationalOrganisation(),
                primaryOrganisation, applicant.unit(), applicant.employmentType());
    }
}
