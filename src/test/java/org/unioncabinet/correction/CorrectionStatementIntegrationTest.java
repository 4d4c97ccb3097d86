package org.unioncabinet.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Elements;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Variables;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryCorrection;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.RegistryFixtures;

/**
 * «Заявление об изменении персональных данных» through the whole application: the page that takes the scan, the
 * member's forms, signing by the mailed code, the primary organisation's decision in the engine as Tasklist sends it,
 * and what the decision does to the registry record, its history, the member's mail and cabinet.
 */
@CabinetTest
class CorrectionStatementIntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";
    /** The smallest PNG signature and header a scan can start with. */
    static final byte[] PNG = CorrectionVictims.PNG;

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    MembershipCheck membership;
    @Autowired
    RegistryCorrection registry;
    @Autowired
    CorrectionStatements statements;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    MemberSteps steps;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void anApprovedStatementCorrectsTheLinkedMembersRecordKeepsItsHistoryAndTellsTheMember() throws Exception {
        RegistryFixtures.Entry entry = fixtures.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey member = journeys.atTheQuestion();
        linked(member, entry);
        MockHttpSession session = MemberLogin.session(mvc, member.email());

        mvc.perform(multipart("/cabinet/corrections").file(new MockMultipartFile("scan", "свидетельство о браке.png",
                "application/octet-stream", PNG)).with(csrf()).session(session)).andExpect(redirectedUrl("/cabinet"));
        UUID statementId = statementOf(member);
        assertThat(step(member).data()).as("the form starts with the member's own record")
                .containsEntry("lastName", "Воробьёва").containsEntry("linkedMember", true)
                .containsEntry("scanAttached", true);

        fill(member, Map.of("lastName", "Соколова", "firstName", "Анна", "middleName", "Петровна",
                "birthDate", "1985-03-14", "educationalOrganisationId", String.valueOf(school()),
                "reason", "Смена фамилии при вступлении в брак"));
        Task review = signAndSubmit(member);
        String group = (String) runtime.getVariable(review.getProcessInstanceId(), Variables.REVIEWER_GROUP.getName());
        assertThat(group).as("the record's own primary organisation").startsWith("ppo");
        assertThat(tasks.getVariablesLocal(review.getId()))
                .containsEntry(Variables.APPLICANT_NAME_LABEL.getName(), "Соколова Анна Петровна")
                .containsEntry(Variables.SCHOOL_LABEL.getName(), SCHOOL);
        CorrectionStatement submitted = statements.get(statementId);
        assertThat(submitted.getStatus()).isEqualTo(CorrectionStatus.SUBMITTED);
        assertThat(submitted.getOldLastName()).as("the record as it was when signed").isEqualTo("Воробьёва");
        assertThat(statements.scan(statementId).orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(submitted.getDocumentId()).as("the signed PDF is the statement's").isNotNull();

        decide(review, group, Map.of("decision", "approve"));
        jobs.runDue(member.businessKey());

        assertThat(membership.ofAccount(member.account().getId()).orElseThrow().lastName()).isEqualTo("Соколова");
        assertThat(registry.history(entry.id())).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo(RegistryCorrection.Field.LAST_NAME);
            assertThat(change.oldValue()).isEqualTo("Воробьёва");
            assertThat(change.newValue()).isEqualTo("Соколова");
            assertThat(change.statementId()).isEqualTo(statementId);
            assertThat(change.changedBy()).isEqualTo(reviewerOf(group));
        });
        assertThat(statements.get(statementId).getStatus()).isEqualTo(CorrectionStatus.APPROVED);
        assertThat(mails.last(member.email()).subject()).contains("Изменения персональных данных внесены");
        assertThat(statements.eligibility(member.account().getId()))
                .as("a decided statement leaves the way open for another").isEqualTo(CorrectionStatements.Eligibility.LINKED);
    }

    @Test
    void aRejectedStatementChangesNothingAndTellsTheMemberWhyInTheMailAndTheCabinet() throws Exception {
        RegistryFixtures.Entry entry = fixtures.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey member = lockedOut(entry);
        MockHttpSession session = MemberLogin.session(mvc, member.email());
        String lockoutPage = page(session);
        assertThat(lockoutPage).contains("Данные не подтверждены", "href=\"/cabinet/corrections/new\"",
                "Подать заявление об изменении персональных данных");

        mvc.perform(multipart("/cabinet/corrections").with(csrf()).session(session)).andExpect(redirectedUrl("/cabinet"));
        UUID statementId = statementOf(member);
        assertThat(page(session)).as("the statement's form is the member's step now")
                .contains("Заявление об изменении персональных данных");
        fill(member, Map.of("ticketNumber", entry.ticketNumber(), "lastName", "Соколова", "firstName", "Анна",
                "middleName", "Петровна", "birthDate", "1985-03-14",
                "educationalOrganisationId", String.valueOf(school()), "reason", "Смена фамилии"));
        Task review = signAndSubmit(member);
        String group = (String) runtime.getVariable(review.getProcessInstanceId(), Variables.REVIEWER_GROUP.getName());
        assertThat(statements.get(statementId).getOldLastName()).as("the reviewer compares with the registry")
                .isEqualTo("Воробьёва");
        assertThat(statements.eligibility(member.account().getId()))
                .isEqualTo(CorrectionStatements.Eligibility.OPEN_ALREADY);

        decide(review, group, Map.of("decision", "reject", "rejectionReason", "Приложите свидетельство о браке."));
        jobs.runDue(member.businessKey());

        assertThat(registry.history(entry.id())).isEmpty();
        assertThat(jdbc.sql("SELECT last_name FROM app.registry_member WHERE id = :id").param("id", entry.id())
                .query(String.class).single()).isEqualTo("Воробьёва");
        assertThat(jdbc.sql("SELECT account_id FROM app.registry_member WHERE id = :id").param("id", entry.id())
                .query(UUID.class).optional()).isEmpty();
        CorrectionStatement rejected = statements.get(statementId);
        assertThat(rejected.getStatus()).isEqualTo(CorrectionStatus.REJECTED);
        assertThat(rejected.getReviewer()).isEqualTo(reviewerOf(group));
        assertThat(mails.last(member.email()).text()).contains("Приложите свидетельство о браке.");
        assertThat(page(session)).contains("Отказано", "Приложите свидетельство о браке.");
    }

    @Test
    void anApprovedStatementOfALockedOutMemberLinksTheCorrectedRecordAndTheirNextCheckPasses() throws Exception {
        RegistryFixtures.Entry entry = fixtures.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey member = lockedOut(entry);
        MockHttpSession session = MemberLogin.session(mvc, member.email());
        mvc.perform(multipart("/cabinet/corrections").with(csrf()).session(session)).andExpect(redirectedUrl("/cabinet"));
        fill(member, Map.of("ticketNumber", entry.ticketNumber(), "lastName", "Соколова", "firstName", "Анна",
                "middleName", "Петровна", "birthDate", "1985-03-14",
                "educationalOrganisationId", String.valueOf(school()), "reason", "Смена фамилии"));
        Task review = signAndSubmit(member);
        String group = (String) runtime.getVariable(review.getProcessInstanceId(), Variables.REVIEWER_GROUP.getName());

        decide(review, group, Map.of("decision", "approve"));
        jobs.runDue(member.businessKey());

        assertThat(membership.ofAccount(member.account().getId()).orElseThrow().lastName()).isEqualTo("Соколова");
        assertThat(registry.history(entry.id())).extracting(RegistryCorrection.Change::field)
                .containsExactlyInAnyOrder(RegistryCorrection.Field.LAST_NAME, RegistryCorrection.Field.ACCOUNT);
        assertThat(journeys.taskOf(member, RegistrationProcess.Elements.ENTER_TICKET_DATA))
                .as("the wait ended with the approval").isNotNull();
        enterTicketData(member, "Соколова", entry);
        assertThat(journeys.taskOf(member, RegistrationProcess.Elements.GIVE_CONSENTS)).isNotNull();
    }

    @Test
    void aScanThatIsNoPdfJpegOrPngIsRefusedByItsBytesWhateverItsNameAndNothingStarts() throws Exception {
        RegistryFixtures.Entry entry = fixtures.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey member = journeys.atTheQuestion();
        linked(member, entry);
        MockHttpSession session = MemberLogin.session(mvc, member.email());

        String page = mvc.perform(multipart("/cabinet/corrections").file(new MockMultipartFile("scan", "скан.pdf",
                        "application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).session(session))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(Scan.WRONG_TYPE);
        String tooLarge = mvc.perform(multipart("/cabinet/corrections").file(new MockMultipartFile("scan", "скан.png",
                        "image/png", java.util.Arrays.copyOf(PNG, Scan.MAX_BYTES + 1))).with(csrf()).session(session))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooLarge).contains("Файл больше 5 МБ");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PersonalDataCorrectionProcess.KEY)
                .processInstanceBusinessKey(member.businessKey()).count()).isZero();
    }

    @Test
    void aMemberWhoseJoinApplicationIsUnderReviewOrWhoHasNoRecordIsToldWhyTheyCannotFileOne() throws Exception {
        Journey applicant = journeys.atJoinReview(Journeys.joinApplication(school()));
        String page = mvc.perform(get("/cabinet/corrections/new").session(MemberLogin.session(mvc, applicant.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Ваше заявление о вступлении в Профсоюз рассматривается");
        Journey newcomer = journeys.atTheQuestion();
        MockHttpSession session = MemberLogin.session(mvc, newcomer.email());
        mvc.perform(multipart("/cabinet/corrections").with(csrf()).session(session)).andExpect(status().isConflict());
        assertThat(statements.eligibility(newcomer.account().getId()))
                .isEqualTo(CorrectionStatements.Eligibility.NOT_NOW);
    }

    // ---- the way there

    /** A member whose registration ended linked to the record (how they got there is the registration's tests'). */
    private void linked(Journey member, RegistryFixtures.Entry entry) {
        membership.link(member.account().getId(), entry.id());
        runtime.deleteProcessInstance(member.process().getId(), "registered in the test's set-up");
    }

    /** Variant 1 with the registry's surname gone stale: five checks with the new one, then the wait. */
    private Journey lockedOut(RegistryFixtures.Entry entry) {
        Journey member = journeys.atTicketData();
        for (int attempt = 1; attempt <= 5; attempt++) {
            enterTicketData(member, "Соколова", entry);
        }
        assertThat(runtime.createExecutionQuery().processInstanceId(member.process().getId())
                .activityId(RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT).count()).isOne();
        return member;
    }

    private void enterTicketData(Journey member, String lastName, RegistryFixtures.Entry entry) {
        Map<String, Object> values = new HashMap<>();
        values.put(TicketDataForm.LAST_NAME.getName(), lastName);
        values.put(TicketDataForm.FIRST_NAME.getName(), entry.firstName());
        values.put(TicketDataForm.MIDDLE_NAME.getName(), entry.middleName());
        values.put(TicketDataForm.BIRTH_DATE.getName(), entry.birthDate().toString());
        values.put(TicketDataForm.TICKET_NUMBER.getName(), entry.ticketNumber());
        submit(member, journeys.taskOf(member, RegistrationProcess.Elements.ENTER_TICKET_DATA), values);
    }

    private UUID statementOf(Journey member) {
        String id = (String) runtime.createProcessInstanceQuery().processDefinitionKey(PersonalDataCorrectionProcess.KEY)
                .processInstanceBusinessKey(member.businessKey()).list().stream()
                .map(instance -> runtime.getVariable(instance.getId(), Variables.STATEMENT_ID.getName()))
                .findFirst().orElseThrow();
        return UUID.fromString(id);
    }

    private org.unioncabinet.portal.MemberStep step(Journey member) {
        return steps.current(member.account().getId()).orElseThrow();
    }

    private void fill(Journey member, Map<String, Object> values) {
        submit(member, journeys.taskOf(member, Elements.ENTER_STATEMENT), values);
    }

    /** The statement's document read, «Подписать документы», the mailed code: with the primary organisation. */
    private Task signAndSubmit(Journey member) {
        submit(member, journeys.taskOf(member, Elements.REVIEW_DOCUMENTS), Map.of());
        jobs.runDue(member.businessKey());
        submit(member, journeys.taskOf(member, DocumentSigningProcess.Elements.ENTER_CODE),
                Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(member.email())));
        jobs.runDue(member.businessKey());
        Task review = journeys.taskOf(member, Elements.REVIEW);
        assertThat(review).as("with the primary organisation").isNotNull();
        return review;
    }

    private void submit(Journey member, Task task, Map<String, Object> values) {
        assertThat(task).isNotNull();
        assertThat(steps.submit(member.account().getId(), task.getId(), values, Journeys.SUBMITTER))
                .isInstanceOf(MemberSteps.Submission.Completed.class);
    }

    /** A reviewer of the group signed in to the engine, as Tasklist completes the task for them. */
    private void decide(Task review, String group, Map<String, Object> answer) {
        String reviewer = reviewerOf(group);
        if (identity.createUserQuery().userId(reviewer).count() == 0) {
            identity.saveUser(identity.newUser(reviewer));
            identity.createMembership(reviewer, group);
            identity.createMembership(reviewer, ReviewerGroups.SHARED);
        }
        identity.setAuthentication(reviewer, List.of(group, ReviewerGroups.SHARED));
        tasks.claim(review.getId(), reviewer);
        tasks.complete(review.getId(), answer);
        identity.clearAuthentication();
    }

    private static String reviewerOf(String group) {
        return "corr" + group;
    }

    private long school() {
        return organisations.search(SCHOOL, 5).stream().filter(hit -> SCHOOL.equals(hit.shortName()))
                .findFirst().orElseThrow().id();
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/cabinet").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
