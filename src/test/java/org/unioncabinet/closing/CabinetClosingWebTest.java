package org.unioncabinet.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncabinet.support.PortalCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.dictation.Certificates;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.PersonalDataFixtures;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;
import org.unioncabinet.support.RegistryFixtures;

/**
 * «Удалить кабинет»: offered to an account that is not a member and has no application under review; closing it removes
 * the personal data, keeps the signed documents with their signature records and consents (the reason recorded),
 * ends the journey and the sessions, records the deletion without personal data, and frees the e-mail.
 */
@CabinetTest
class CabinetClosingWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Certificates certificates;
    @Autowired
    Journeys journeys;
    @Autowired
    Members members;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    Consents consents;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataFixtures fixtures;
    @LocalServerPort
    int port;

    /**
     * Where the wrong passwords of these tests come from: a client address of their own, since wrong passwords count
     * towards the throttle of their address too, and the shared context's other tests sign in from 127.0.0.1.
     */
    private static final String CLIENT = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);

    @Test
    void aRejectedApplicantClosesHerCabinet() throws Exception {
        Journey journey = rejectedApplicant();
        UUID accountId = journey.account().getId();
        // she starts again: a new draft, unsigned documents
        journeys.complete(journey, application("Кузьмина"));
        int signedDocuments = count("SELECT count(*) FROM app.member_document WHERE account_id = :id AND status = 'SIGNED'",
                accountId);
        int signatures = count("SELECT count(*) FROM app.signature WHERE account_id = :id", accountId);
        assertThat(signedDocuments).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM app.member_document WHERE account_id = :id AND status <> 'SIGNED'",
                accountId)).isPositive();
        // over real HTTP, so that the sessions are the ones in PostgreSQL: her phone closes, her laptop is signed out
        PortalClient phone = new PortalClient(port);
        PortalClient laptop = new PortalClient(port);
        assertThat(phone.logIn(journey.email(), Members.PASSWORD)).isEqualTo("/cabinet");
        assertThat(laptop.logIn(journey.email(), Members.PASSWORD)).isEqualTo("/cabinet");

        assertThat(phone.get("/cabinet/my-data").body()).contains("href=\"/cabinet/close\"");
        assertThat(phone.get("/cabinet/close").body()).contains("Удалить кабинет", "Пароль",
                "Я понимаю, что личный кабинет и мои данные будут удалены без возможности восстановления");

        HttpResponse<String> closed = phone.post("/cabinet/close",
                Map.of("password", Members.PASSWORD, "confirmed", "true"));

        assertThat(PortalClient.location(closed)).isEqualTo("/closed");
        assertThat(phone.get("/closed").body()).contains("Личный кабинет удалён",
                "Вы можете снова зарегистрироваться с тем же email");
        assertThat(phone.signedIn()).isFalse();
        assertThat(laptop.signedIn()).as("every session ended").isFalse();
        assertThat(count("SELECT count(*) FROM app.spring_session WHERE principal_name = :email", journey.email()))
                .isZero();

        Account tombstone = accounts.find(accountId).orElseThrow();
        assertThat(tombstone.isClosed()).isTrue();
        assertThat(tombstone.getEmail()).doesNotContain(journey.email()).contains(accountId.toString());
        assertThat(accounts.passwordMatches(accountId, Members.PASSWORD)).isFalse();
        for (String table : List.of("one_time_token", "signing_code", "signing_guess", "member_sign_in", "ticket_check")) {
            assertThat(count("SELECT count(*) FROM app." + table + " WHERE account_id = :id", accountId)).as(table)
                    .isZero();
        }
        assertThat(count("SELECT count(*) FROM app.join_application WHERE account_id = :id AND status = 'DRAFT'",
                accountId)).as("the new draft").isZero();
        Map<String, Object> rejected = jdbc.sql("SELECT * FROM app.join_application WHERE account_id = :id")
                .param("id", accountId).query().singleRow();
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("last_name", null)
                .containsEntry("first_name", null).containsEntry("birth_date", null).containsEntry("phone", null)
                .containsEntry("rejection_reason", null);
        assertThat(count("SELECT count(*) FROM app.member_document WHERE account_id = :id", accountId))
                .as("only the signed documents").isEqualTo(signedDocuments);
        assertThat(count("SELECT count(*) FROM app.signature WHERE account_id = :id", accountId)).isEqualTo(signatures);
        assertThat(consents.ofAccount(accountId)).isNotEmpty().allSatisfy(consent -> assertThat(consent.withdrawnAt())
                .isNotNull());
        assertThat(consents.ofAccount(accountId)).extracting(ConsentView::withdrawalMethod)
                .containsOnly("Удаление личного кабинета по просьбе субъекта персональных данных");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId.toString()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(accountId.toString()).count())
                .isZero();

        Map<String, Object> record = jdbc.sql("""
                SELECT deleted_at, removed::text AS removed, kept::text AS kept, purge_after
                FROM app.account_deletion WHERE account_id = :id
                """).param("id", accountId).query().singleRow();
        String recorded = record.get("removed") + " " + record.get("kept");
        assertThat(recorded).contains("ticket_check", "member_sign_in", "signature", "consent", "152-FZ")
                .doesNotContain(journey.email(), "Кузьмина", "Мария", "9161234567", "Не работает");
        assertThat(record.get("purge_after").toString()).isEqualTo(LocalDate.now(DisplayDates.MOSCOW).plusYears(3).toString());

        mvc.perform(post("/login").with(csrf()).param("email", journey.email()).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/login"));
        Account again = members.register(journey.email());
        assertThat(again.getId()).isNotEqualTo(accountId);
        assertThat(accounts.findByEmail(new EmailAddress(journey.email())).orElseThrow().getId()).isEqualTo(again.getId());
    }

    @Test
    void aVariantOneCheckInProgressGoesWithTheCabinet() throws Exception {
        Journey journey = journeys.atConsentDocuments(registry.add("Лаврова", "Нина", null, LocalDate.of(1983, 5, 6)));
        UUID accountId = journey.account().getId();
        assertThat(count("SELECT count(*) FROM app.ticket_check WHERE account_id = :id", accountId)).isPositive();
        correctionStatement(accountId, "DRAFT");
        jdbc.sql("""
                INSERT INTO app.email_change (id, account_id, old_email, new_email, status, requested_at)
                VALUES (:id, :account, :old, 'nina.new@example.ru', 'PENDING', now())
                """).param("id", UUID.randomUUID()).param("account", accountId).param("old", journey.email()).update();

        mvc.perform(post("/cabinet/close").with(csrf()).session(MemberLogin.session(mvc, journey.email()))
                        .param("password", Members.PASSWORD).param("confirmed", "true"))
                .andExpect(redirectedUrl("/closed"));

        assertThat(count("SELECT count(*) FROM app.ticket_check WHERE account_id = :id", accountId)).isZero();
        assertThat(count("SELECT count(*) FROM app.email_change WHERE account_id = :id", accountId)).isZero();
        assertThat(count("SELECT count(*) FROM app.correction_statement WHERE account_id = :id", accountId)).isZero();
        assertThat(count("SELECT count(*) FROM app.member_document WHERE account_id = :id", accountId))
                .as("nothing was signed, so nothing is kept").isZero();
        assertThat(count("SELECT count(*) FROM app.account_deletion WHERE account_id = :id AND purge_after IS NULL",
                accountId)).isOne();
    }

    @Test
    void aWrongPasswordOrNoCheckboxClosesNothing() throws Exception {
        Journey journey = journeys.atTheQuestion();
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        MockHttpServletResponse wrong = mvc.perform(post("/cabinet/close").with(csrf()).with(fromElsewhere())
                .session(session).param("password", "Не тот пароль 1").param("confirmed", "true")).andReturn().getResponse();
        MockHttpServletResponse unchecked = mvc.perform(post("/cabinet/close").with(csrf()).with(fromElsewhere())
                .session(session).param("password", Members.PASSWORD)).andReturn().getResponse();

        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("Неверный пароль.");
        assertThat(unchecked.getStatus()).isEqualTo(422);
        assertThat(unchecked.getContentAsString(StandardCharsets.UTF_8)).contains(ClosingController.NOT_CONFIRMED);
        assertThat(accounts.find(journey.account().getId()).orElseThrow().isClosed()).isFalse();
        assertThat(page(session, "/cabinet")).contains("У Вас есть электронный профсоюзный билет?");
    }

    @Test
    void hostileValuesAreAnUntickedBoxOrAWrongPasswordNeverAnErrorPage() throws Exception {
        Journey journey = journeys.atTheQuestion();
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        for (String value : List.of("maybe", "<script>alert(1)</script>", "TRUE", "x".repeat(10_000), "%00")) {
            MockHttpServletResponse box = mvc.perform(post("/cabinet/close").with(csrf()).with(fromElsewhere())
                    .session(session).param("password", Members.PASSWORD).param("confirmed", value)).andReturn().getResponse();
            MockHttpServletResponse password = mvc.perform(post("/cabinet/close").with(csrf()).with(fromElsewhere())
                    .session(session).param("password", value).param("confirmed", "true")).andReturn().getResponse();

            for (MockHttpServletResponse response : List.of(box, password)) {
                assertThat(response.getStatus()).as(value).isBetween(400, 499);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(value)
                        .doesNotContain("<script>alert");
            }
        }
        assertThat(accounts.find(journey.account().getId()).orElseThrow().isClosed()).isFalse();
    }

    @Test
    void anApplicationUnderReviewAndAMembershipAreRefusedWithAPageSayingWhy() throws Exception {
        long school = school();
        Journey applied = journeys.atJoinReview(Journeys.joinApplication(school));
        Journey member = journeys.atMember(registry.add("Зуева", "Ольга", "Петровна", LocalDate.of(1975, 1, 2)));

        for (Journey journey : List.of(applied, member)) {
            MockHttpSession session = MemberLogin.session(mvc, journey.email());
            String why = journey == applied ? "рассматривается первичной профсоюзной организацией"
                    : "личный кабинет члена Профсоюза удалить нельзя";
            assertThat(page(session, "/cabinet/my-data")).contains(why).doesNotContain("href=\"/cabinet/close\"");
            MockHttpServletResponse shown = mvc.perform(get("/cabinet/close").session(session)).andReturn().getResponse();
            MockHttpServletResponse sent = mvc.perform(post("/cabinet/close").with(csrf()).session(session)
                    .param("password", Members.PASSWORD).param("confirmed", "true")).andReturn().getResponse();

            for (MockHttpServletResponse response : List.of(shown, sent)) {
                assertThat(response.getStatus()).isEqualTo(409);
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Удалить кабинет нельзя", why);
            }
            assertThat(accounts.find(journey.account().getId()).orElseThrow().isClosed()).isFalse();
            assertThat(count("SELECT count(*) FROM app.account_deletion WHERE account_id = :id",
                    journey.account().getId())).isZero();
        }
        assertThat(journeys.taskOf(applied, RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION)).as("still with the organisation")
                .isNotNull();
    }

    @Test
    void aCorrectionStatementUnderReviewIsRefusedWithAPageSayingWhy() throws Exception {
        Journey journey = journeys.atTicketData();
        correctionStatement(journey.account().getId(), "SUBMITTED");
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        MockHttpServletResponse sent = mvc.perform(post("/cabinet/close").with(csrf()).session(session)
                .param("password", Members.PASSWORD).param("confirmed", "true")).andReturn().getResponse();

        assertThat(sent.getStatus()).isEqualTo(409);
        assertThat(sent.getContentAsString(StandardCharsets.UTF_8))
                .contains("заявление об изменении персональных данных рассматривается");
        assertThat(accounts.find(journey.account().getId()).orElseThrow().isClosed()).isFalse();
    }

    @Test
    void aWithdrawalIsRefusedUntilItEndedThenKeptWithoutItsTextsAndTheDictationAttemptKeptOfNobody() throws Exception {
        Journey journey = rejectedApplicant();
        UUID accountId = journey.account().getId();
        UUID withdrawal = fixtures.withdrawal(accountId, "AWAITING_ANSWER", null, null, null);
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        for (String status : List.of("AWAITING_ANSWER", "AWAITING_DESTRUCTION")) {
            jdbc.sql("UPDATE app.consent_withdrawal SET status = :status WHERE id = :id").param("status", status)
                    .param("id", withdrawal).update();
            assertThat(page(session, "/cabinet/my-data")).as(status).contains("Ваш отзыв согласия на обработку персональных данных ещё исполняется")
                    .doesNotContain("href=\"/cabinet/close\"");
            MockHttpServletResponse sent = mvc.perform(post("/cabinet/close").with(csrf()).session(session)
                    .param("password", Members.PASSWORD).param("confirmed", "true")).andReturn().getResponse();
            assertThat(sent.getStatus()).as(status).isEqualTo(409);
            assertThat(sent.getContentAsString(StandardCharsets.UTF_8)).as(status).contains("Удалить кабинет нельзя",
                    "Ваш отзыв согласия на обработку персональных данных ещё исполняется", "в сроки, установленные законом");
            assertThat(accounts.find(accountId).orElseThrow().isClosed()).isFalse();
        }

        jdbc.sql("DELETE FROM app.consent_withdrawal WHERE id = :id").param("id", withdrawal).update();
        UUID completed = fixtures.withdrawal(accountId, "COMPLETED", "Анкета Кузьминой уничтожена",
                "Протокол заседания профкома", "Акт № 12 от Кузьминой");
        UUID attempt = fixtures.dictationAttempt(accountId, "Вопрос для Кузьминой", "Ответ Кузьминой", 6);
        certificates.issue(attempt);
        assertThat(count("SELECT count(*) FROM app.dictation_certificate WHERE attempt_id = :id", attempt)).isOne();
        mvc.perform(post("/cabinet/close").with(csrf()).session(session).param("password", Members.PASSWORD)
                .param("confirmed", "true")).andExpect(redirectedUrl("/closed"));

        Map<String, Object> kept = jdbc.sql("SELECT * FROM app.consent_withdrawal WHERE id = :id").param("id", completed)
                .query().singleRow();
        assertThat(kept).containsEntry("status", "COMPLETED").containsEntry("stopped_processing", null)
                .containsEntry("destroyed_data", null).containsEntry("kept_data", null)
                .containsEntry("destruction_note", null).containsEntry("kept_basis", "ARCHIVES");
        assertThat(kept.get("signed_at")).isNotNull();
        assertThat(kept.get("destruction_confirmed_at")).isNotNull();
        Map<String, Object> anonymous = jdbc.sql("SELECT * FROM app.dictation_attempt WHERE id = :id")
                .param("id", attempt).query().singleRow();
        assertThat(anonymous).containsEntry("account_id", null).containsEntry("score", 6);
        assertThat(anonymous.get("person_key")).isNotEqualTo(accountId);
        assertThat(count("SELECT count(*) FROM app.dictation_answer WHERE attempt_id = :id", attempt)).isZero();
        assertThat(count("SELECT count(*) FROM app.dictation_certificate WHERE attempt_id = :id", attempt))
                .as("the certificate, with the initials its code showed").isZero();
        String recorded = jdbc.sql("SELECT removed::text || kept::text FROM app.account_deletion WHERE account_id = :id")
                .param("id", accountId).query(String.class).single();
        assertThat(recorded).contains("consent_withdrawal", "dictation_attempt", "dictation_answer", "dictation_certificate")
                .doesNotContain("Кузьмин");
    }

    /** A statement of a member locked out of variant 1 (not linked), as the correction module keeps it. */
    private void correctionStatement(UUID accountId, String status) {
        jdbc.sql("""
                INSERT INTO app.correction_statement (id, account_id, linked, ticket_number, new_last_name, reason,
                  status, created_at, updated_at, submitted_at)
                VALUES (:id, :account, false, '9000000000000999', 'Новикова', 'Сменила фамилию', :status, now(), now(),
                  CASE WHEN :status = 'SUBMITTED' THEN now() END)
                """).param("id", UUID.randomUUID()).param("account", accountId).param("status", status).update();
    }

    private static RequestPostProcessor fromElsewhere() {
        return request -> {
            request.setRemoteAddr(CLIENT);
            return request;
        };
    }

    private Journey rejectedApplicant() {
        Map<String, Object> application = application("Кузьмина");
        Journey journey = journeys.atJoinReview(application);
        journeys.decide(journey, "reject", "Не работает в организации");
        return journey;
    }

    private Map<String, Object> application(String lastName) {
        Map<String, Object> application = Journeys.joinApplication(school());
        application.put(JoinApplicationForm.LAST_NAME.getName(), lastName);
        return application;
    }

    private long school() {
        return organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int count(String sql, Object id) {
        return jdbc.sql(sql).param(sql.contains(":email") ? "email" : "id", id).query(Integer.class).single();
    }
}
