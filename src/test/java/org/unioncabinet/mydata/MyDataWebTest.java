package org.unioncabinet.mydata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.documents.Pdfs;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.signing.Signature;
import org.unioncabinet.signing.Signing;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.PersonalDataFixtures;
import org.unioncabinet.support.RegistryFixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * «Мои данные» downloaded by two members: one admitted through variant 2 (the application, its documents, the
 * registry record made for her), one through variant 1. Each file holds every fact of its member, found in the
 * database independently, and nothing of the other.
 */
@CabinetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyDataWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    MembershipCheck membership;
    @Autowired
    Documents documents;
    @Autowired
    Signing signing;
    @Autowired
    Consents consents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PersonalDataFixtures fixtures;

    Journey joined;
    Journey checked;
    RegistryFixtures.Entry checkedEntry;

    @BeforeAll
    void twoMembers() {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Map<String, Object> application = Journeys.joinApplication(school);
        application.put(JoinApplicationForm.LAST_NAME.getName(), "Ковалевская");
        application.put(JoinApplicationForm.FIRST_NAME.getName(), "Дарья");
        application.put(JoinApplicationForm.MIDDLE_NAME.getName(), "Олеговна");
        application.put(JoinApplicationForm.BIRTH_DATE.getName(), "1990-02-03");
        application.put(JoinApplicationForm.PHONE.getName(), "8 (926) 555-12-34");
        application.put(JoinApplicationForm.UNIT.getName(), "Кафедра истории");
        application.put(JoinApplicationForm.ADVERTISING_CONSENT.getName(), true);
        joined = journeys.atJoinReview(application);
        journeys.decide(joined, "approve", null);
        assertThat(membership.ofAccount(joined.account().getId())).as("admitted").isPresent();

        checkedEntry = registry.add("Шестакова", "Вера", "Аркадьевна", LocalDate.of(1979, 11, 23));
        checked = journeys.atMember(checkedEntry);
        assertThat(membership.ofAccount(checked.account().getId())).as("linked").isPresent();
        jdbc.sql("""
                INSERT INTO app.email_change (id, account_id, old_email, new_email, status, requested_at)
                VALUES (:id, :account, :old, 'vera.new@example.ru', 'EXPIRED', now())
                """).param("id", UUID.randomUUID()).param("account", checked.account().getId())
                .param("old", checked.email()).update();
        jdbc.sql("""
                INSERT INTO app.correction_statement (id, account_id, linked, new_last_name, reason, status, created_at,
                  updated_at)
                VALUES (:id, :account, true, 'Шестакова-Белова', 'Вышла замуж', 'DRAFT', now(), now())
                """).param("id", UUID.randomUUID()).param("account", checked.account().getId()).update();
        fixtures.withdrawal(checked.account().getId(), "COMPLETED", "Анкета Шестаковой уничтожена",
                "Протокол собрания о приёме", "Акт об уничтожении № 7");
        fixtures.dictationAttempt(checked.account().getId(), "В каком году основан Профсоюз образования?",
                "В 1990 году", 8);
    }

    @Test
    void theJsonOfAVariantTwoMemberHoldsEveryFactOfHersAndNothingOfAnother() throws Exception {
        MockHttpServletResponse response = download(joined, "/cabinet/my-data.json");
        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("my-data-");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        JsonNode data = json.readTree(text).get("sections");

        assertThat(json.readTree(text).get("madeAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertEveryFactOfTheAccount(joined, data);
        JsonNode application = data.get("joinApplications").get(0);
        assertThat(application.get("lastName").asText()).isEqualTo("Ковалевская");
        assertThat(application.get("firstName").asText()).isEqualTo("Дарья");
        assertThat(application.get("middleName").asText()).isEqualTo("Олеговна");
        assertThat(application.get("gender").asText()).isEqualTo("female");
        assertThat(application.get("birthDate").asText()).isEqualTo("1990-02-03");
        assertThat(application.get("phone").asText()).isEqualTo("+79265551234");
        assertThat(application.get("unit").asText()).isEqualTo("Кафедра истории");
        assertThat(application.get("employmentType").asText()).isEqualTo("employee");
        assertThat(application.get("educationalOrganisation").asText()).isEqualTo("МБОУ СОШ № 15 г. Васильевска");
        assertThat(application.get("status").asText()).isEqualTo("APPROVED");
        assertThat(application.get("advertisingConsent").asBoolean()).isTrue();
        assertThat(application.get("submittedAt").asText()).isNotBlank();
        assertThat(application.get("decidedAt").asText()).isNotBlank();
        RegistryMemberView record = membership.ofAccount(joined.account().getId()).orElseThrow();
        assertThat(application.get("ticketNumber").asText()).isEqualTo(record.ticketNumber());
        assertRegistryRecord(data, record);
        assertThat(data.get("membershipChecks")).isEmpty();

        assertNothingOf(checked, checkedEntry.lastName(), checkedEntry.ticketNumber(), text);
    }

    @Test
    void theJsonOfAVariantOneMemberHoldsEveryFactOfHersAndNothingOfAnother() throws Exception {
        String text = download(checked, "/cabinet/my-data.json").getContentAsString(StandardCharsets.UTF_8);
        JsonNode data = json.readTree(text).get("sections");

        assertEveryFactOfTheAccount(checked, data);
        assertRegistryRecord(data, membership.ofAccount(checked.account().getId()).orElseThrow());
        JsonNode check = data.get("membershipChecks").get(0);
        assertThat(check.get("lastName").asText()).isEqualTo("Шестакова");
        assertThat(check.get("birthDate").asText()).isEqualTo("1979-11-23");
        assertThat(check.get("ticketNumber").asText()).isEqualTo(checkedEntry.ticketNumber());
        assertThat(check.get("result").asText()).isEqualTo("MATCH");
        assertThat(data.get("joinApplications")).isEmpty();
        JsonNode change = data.get("emailChanges").get(0);
        assertThat(change.get("oldEmail").asText()).isEqualTo(checked.email());
        assertThat(change.get("newEmail").asText()).isEqualTo("vera.new@example.ru");
        assertThat(change.get("status").asText()).isEqualTo("EXPIRED");
        JsonNode correction = data.get("correctionStatements").get(0);
        assertThat(correction.get("newLastName").asText()).isEqualTo("Шестакова-Белова");
        assertThat(correction.get("reason").asText()).isEqualTo("Вышла замуж");
        JsonNode withdrawal = data.get("consentWithdrawals").get(0);
        assertThat(withdrawal.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(withdrawal.get("consentKind").asText()).isEqualTo("PERSONAL_DATA");
        assertThat(withdrawal.get("signedAt").asText()).isNotBlank();
        assertThat(withdrawal.get("answerDueOn").asText()).isEqualTo("2031-03-14");
        assertThat(withdrawal.get("destructionDueOn").asText()).isEqualTo("2031-04-10");
        assertThat(withdrawal.get("destroyedData").asText()).isEqualTo("Анкета Шестаковой уничтожена");
        assertThat(withdrawal.get("keptBasis").asText()).isEqualTo("ARCHIVES");
        assertThat(withdrawal.get("keptData").asText()).isEqualTo("Протокол собрания о приёме");
        assertThat(withdrawal.get("destructionNote").asText()).isEqualTo("Акт об уничтожении № 7");
        assertThat(withdrawal.get("destructionConfirmedAt").asText()).isNotBlank();
        JsonNode attempt = data.get("dictationAttempts").get(0);
        assertThat(attempt.get("score").asInt()).isEqualTo(8);
        assertThat(attempt.get("maxScore").asInt()).isEqualTo(10);
        assertThat(attempt.get("award").asText()).isEqualTo("DIPLOMA_2");
        assertThat(attempt.get("startedAt").asText()).isNotBlank();
        assertThat(attempt.get("finishedAt").asText()).isNotBlank();
        JsonNode answer = attempt.get("answers").get(0);
        assertThat(answer.get("questionText").asText()).isEqualTo("В каком году основан Профсоюз образования?");
        assertThat(answer.get("chosen").get(0).asText()).isEqualTo("В 1990 году");

        assertNothingOf(joined, "Ковалевская", membership.ofAccount(joined.account().getId()).orElseThrow()
                .ticketNumber(), text);
        assertThat(text).doesNotContain("9265551234");
    }

    @Test
    void aWithdrawalAndADictationAttemptAreInTheOwnersPdfOnly() throws Exception {
        String own = Pdfs.text(download(checked, "/cabinet/my-data.pdf").getContentAsByteArray());
        String other = Pdfs.text(download(joined, "/cabinet/my-data.pdf").getContentAsByteArray())
                + download(joined, "/cabinet/my-data.json").getContentAsString(StandardCharsets.UTF_8);

        assertThat(own).contains("Отзывы согласия на обработку персональных данных",
                "Уничтожение персональных данных подтверждено", "14.03.2031", "10.04.2031",
                "Анкета Шестаковой уничтожена", "Протокол собрания о приёме", "Акт об уничтожении № 7",
                "Хранение документов в сроки", "Профсоюзный диктант", "8 из 10", "Диплом II степени",
                "В каком году основан Профсоюз образования?", "В 1990 году");
        assertThat(other).contains("Согласие не отзывалось.", "Вы не участвовали в «Профсоюзном диктанте».")
                .doesNotContain("Анкета Шестаковой", "Акт об уничтожении", "В 1990 году", "Диплом II степени");
    }

    @Test
    void thePdfSaysTheSameFactsAndNothingOfAnother() throws Exception {
        MockHttpServletResponse response = download(joined, "/cabinet/my-data.pdf");
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
        String text = Pdfs.text(response.getContentAsByteArray());

        assertThat(text).contains("Мои данные", "Сведения на ", joined.email(), "Ковалевская", "Дарья", "Олеговна",
                "03.02.1990", "+7 (926) 555-12-34", "Кафедра истории",
                membership.ofAccount(joined.account().getId()).orElseThrow().formattedTicketNumber(),
                "Входы в личный кабинет за последние 90 дней", "Вход по email и паролю");
        for (MemberDocument document : documents.ofAccount(joined.account().getId())) {
            assertThat(text.replace(" ", "")).as("a hash may break across lines").contains(document.sha256());
        }
        assertNothingOf(checked, checkedEntry.lastName(), checkedEntry.ticketNumber(), text);
        assertThat(Pdfs.text(download(checked, "/cabinet/my-data.pdf").getContentAsByteArray()))
                .contains(checked.email(), "Шестакова", "23.11.1979")
                .doesNotContain(joined.email(), "Ковалевская");
    }

    @Test
    void thePageListsTheSameAndLinksBothDownloads() throws Exception {
        String page = download(checked, "/cabinet/my-data").getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("<h1>Мои данные</h1>", "href=\"/cabinet/my-data.pdf\"", "href=\"/cabinet/my-data.json\"",
                checked.email(), "Шестакова", "23.11.1979", "Состоит на учёте")
                .doesNotContain(joined.email(), "Ковалевская");
        assertThat(page).as("a member is told why the cabinet cannot be deleted")
                .contains("Удалить кабинет", "личный кабинет члена Профсоюза удалить нельзя")
                .doesNotContain("href=\"/cabinet/close\"");
    }

    /** Account, consents, documents, signatures and sign-ins, each compared with what the database holds. */
    private void assertEveryFactOfTheAccount(Journey journey, JsonNode data) {
        UUID accountId = journey.account().getId();
        JsonNode account = data.get("account");
        assertThat(account.get("id").asText()).isEqualTo(accountId.toString());
        assertThat(account.get("email").asText()).isEqualTo(journey.email());
        assertThat(account.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(account.get("createdAt").asText()).isNotBlank();
        assertThat(account.get("confirmedAt").asText()).isNotBlank();

        List<String> consentIds = new ArrayList<>();
        data.get("consents").forEach(consent -> consentIds.add(consent.get("id").asText()));
        assertThat(consentIds).containsExactlyInAnyOrderElementsOf(
                consents.ofAccount(accountId).stream().map(ConsentView::id).map(UUID::toString).toList());
        data.get("consents").forEach(consent -> {
            assertThat(consent.get("legalTextVersion").asInt()).isPositive();
            assertThat(consent.get("purpose").asText()).isNotBlank();
            assertThat(consent.get("givenAt").asText()).isNotBlank();
            assertThat(consent.get("method").asText()).isNotBlank();
        });

        List<String> documentHashes = new ArrayList<>();
        data.get("documents").forEach(document -> documentHashes.add(document.get("sha256").asText()));
        assertThat(documentHashes).containsAll(documents.ofAccount(accountId).stream().map(MemberDocument::sha256)
                .toList());
        int allDocuments = jdbc.sql("SELECT count(*) FROM app.member_document WHERE account_id = :id")
                .param("id", accountId).query(Integer.class).single();
        assertThat(data.get("documents")).as("drafts and replaced ones too").hasSize(allDocuments);

        List<Signature> signatures = signing.signaturesOf(accountId);
        assertThat(signatures).isNotEmpty();
        assertThat(data.get("signatures")).hasSize(signatures.size());
        for (Signature signature : signatures) {
            JsonNode found = null;
            for (JsonNode node : data.get("signatures")) {
                if (node.get("id").asText().equals(signature.getId().toString())) {
                    found = node;
                }
            }
            assertThat(found).as("signature %s", signature.getId()).isNotNull();
            assertThat(found.get("documentSha256").asText()).isEqualTo(signature.getDocumentSha256());
            assertThat(found.get("codeSentTo").asText()).isEqualTo(journey.email());
            assertThat(found.get("signedAt").asText()).isNotBlank();
            assertThat(found.get("documentTitle").asText()).isNotBlank();
        }

        JsonNode signIn = data.get("signIns").get(0);
        assertThat(signIn.get("method").asText()).isEqualTo("PASSWORD");
        assertThat(signIn.get("clientAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(signIn.get("at").asText()).isNotBlank();
    }

    private static void assertRegistryRecord(JsonNode data, RegistryMemberView record) {
        JsonNode found = data.get("registryRecord");
        assertThat(found.get("lastName").asText()).isEqualTo(record.lastName());
        assertThat(found.get("firstName").asText()).isEqualTo(record.firstName());
        assertThat(found.get("birthDate").asText()).isEqualTo(record.birthDate().toString());
        assertThat(found.get("ticketNumber").asText()).isEqualTo(record.ticketNumber());
        assertThat(found.get("educationalOrganisation").asText()).isEqualTo(record.educationalOrganisation());
        assertThat(found.get("primaryOrganisation").asText()).isEqualTo(record.primaryOrganisation());
        assertThat(found.get("status").asText()).isEqualTo("ACTIVE");
    }

    private static void assertNothingOf(Journey other, String lastName, String ticketNumber, String text) {
        assertThat(text).doesNotContain(other.email(), other.businessKey(), lastName, ticketNumber,
                ticketNumber.replaceAll("(\\d{4})(?=\\d)", "$1 "));
    }

    /** Signed in with the password, as the member does: the sign-in is recorded too. */
    private MockHttpServletResponse download(Journey journey, String path) throws Exception {
        return mvc.perform(get(path).session(MemberLogin.session(mvc, journey.email()))).andReturn().getResponse();
    }
}
