package org.unioncabinet.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.calendar.WorkingDays;
import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.documents.DocumentHolder;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * A member withdraws her personal-data consent from the cabinet, through the real portal, signing, engine and mails:
 * a registered member's primary organisation answers and confirms destruction in Tasklist's place; an account whose
 * data no organisation holds is answered by the cabinet alone. The member sees each step with its dates.
 */
@CabinetTest
class WithdrawalJourneyWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    Consents consents;
    @Autowired
    Documents documents;
    @Autowired
    ConsentWithdrawals withdrawals;
    @Autowired
    MemberSteps steps;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegisteredMemberWithdrawsHerConsentAndHerOrganisationAnswersAndConfirmsDestruction() throws Exception {
        Journey journey = registeredMember();
        Account account = journey.account();
        ConsentView personalData = personalDataConsent(account.getId());
        MemberPrincipal member = MemberPrincipal.of(account);

        String home = mvc.perform(get("/cabinet").with(user(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("/cabinet/consents/" + personalData.id() + "/withdrawal-statement");

        mvc.perform(post("/cabinet/consents/" + personalData.id() + "/withdrawal-statement").with(csrf()).with(user(member)))
                .andExpect(redirectedUrl("/cabinet"));
        assertThat(mvc.perform(get("/cabinet").with(user(member))).andReturn().getResponse().getContentAsString())
                .as("the confirmation step").contains(ConsentWithdrawalProcess.Forms.CONFIRM);
        // a second click starts nothing more
        mvc.perform(post("/cabinet/consents/" + personalData.id() + "/withdrawal-statement").with(csrf()).with(user(member)))
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("notice", ConsentWithdrawalController.RUNNING));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ConsentWithdrawalProcess.KEY)
                .processInstanceBusinessKey(journey.businessKey()).count()).isOne();

        signTheStatement(account.getId(), journey.email());

        ConsentView withdrawn = consents.of(account.getId(), personalData.id()).orElseThrow();
        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawalMethod()).startsWith("Заявление об отзыве");
        WithdrawalView statement = withdrawals.signedOf(account.getId()).orElseThrow();
        assertThat(statement.status()).isEqualTo(WithdrawalStatus.AWAITING_ANSWER);
        assertThat(statement.answerDueOn()).isEqualTo(workingDays.plus(statement.signedAt(), 10));
        assertThat(statement.destructionDueOn())
                .isEqualTo(statement.signedAt().atZone(WorkingDays.MOSCOW).toLocalDate().plusDays(30));
        assertThat(mails.last(journey.email()).text()).contains("согласие отозвано")
                .contains(day(statement.answerDueOn()));
        MemberDocument signedStatement = documents.ofAccount(account.getId()).stream()
                .filter(document -> document.id().equals(statement.statementDocumentId())).findFirst().orElseThrow();
        assertThat(signedStatement.signedAt()).isEqualTo(statement.signedAt());

        long school = organisations.schoolNamed("МБОУ СОШ № 15 г. Васильевска").orElseThrow();
        String group = ReviewerGroups.primaryGroup(organisations.unionOf(school).orElseThrow().primaryId());
        Task answer = reviewTask(journey.businessKey(), ConsentWithdrawalProcess.Elements.ANSWER);
        assertThat(tasks.getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getGroupId).contains(group);
        assertThat(tasks.getVariablesLocal(answer.getId())).containsEntry("applicantName", journeyName())
                .containsEntry("reviewDeadlineText", day(statement.answerDueOn()));

        String page = mvc.perform(get("/cabinet").with(user(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Согласие на обработку персональных данных отозвано")
                .contains(day(statement.answerDueOn())).contains(day(statement.destructionDueOn()))
                .doesNotContain("Электронный профсоюзный билет");

        assertThat(authorizations.createAuthorizationQuery().groupIdIn(ReviewerGroups.SHARED)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(ConsentWithdrawalProcess.KEY).singleResult()
                .isPermissionGranted(Permissions.READ)).as("reviewers may read the process in Tasklist").isTrue();
        asReviewer(group, () -> tasks.complete(answer.getId(), Map.of("destroyedData", "Телефон и адрес электронной почты",
                "keptBasis", "membership", "keptData", "ФИО и дата рождения в учётной карточке члена Профсоюза")));
        jobs.runDue(journey.businessKey());
        assertThat(mails.last(journey.email()).text()).contains("Телефон и адрес электронной почты")
                .contains("Учёт членов Профсоюза");
        Task destruction = reviewTask(journey.businessKey(), ConsentWithdrawalProcess.Elements.CONFIRM_DESTRUCTION);
        asReviewer(group, () -> tasks.complete(destruction.getId(), Map.of("destructionDone", true,
                "destructionNote", "Акт № 7")));
        jobs.runDue(journey.businessKey());

        WithdrawalView done = withdrawals.signedOf(account.getId()).orElseThrow();
        assertThat(done.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(done.keptBasis()).isEqualTo(KeptBasis.MEMBERSHIP);
        assertThat(jdbc.sql("SELECT answered_by || '/' || destruction_confirmed_by FROM app.consent_withdrawal WHERE id = :id")
                .param("id", done.id()).query(String.class).single()).isEqualTo("withdrawal-reviewer/withdrawal-reviewer");
        assertThat(mails.last(journey.email()).text()).contains("уничтожение персональных данных подтверждено");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.businessKey()).count())
                .isZero();
        assertThat(mvc.perform(get("/cabinet").with(user(member))).andReturn().getResponse().getContentAsString())
                .contains("Уничтожение персональных данных подтверждено").contains("Акт № 7")
                .contains("ФИО и дата рождения в учётной карточке члена Профсоюза");
    }

    @Test
    void anAccountWhoseDataNoOrganisationHoldsIsAnsweredByTheCabinetAndItsRegistrationStops() throws Exception {
        Account account = members.register(Members.newEmail());
        UUID batch = documents.prepareConsents(account.getId(),
                new DocumentHolder("Петрова", "Ольга", null, LocalDate.of(1990, 1, 2), account.getEmail(), null), false);
        documents.markSigned(documents.batch(batch).get(0).id(), UUID.randomUUID(), Instant.now(), account.getEmail());
        ConsentView personalData = personalDataConsent(account.getId());
        String key = account.getId().toString();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(key).count()).as("a registration not finished").isOne();

        mvc.perform(post("/cabinet/consents/" + personalData.id() + "/withdrawal-statement").with(csrf())
                .with(user(MemberPrincipal.of(account)))).andExpect(redirectedUrl("/cabinet"));
        signTheStatement(account.getId(), account.getEmail());

        WithdrawalView statement = withdrawals.signedOf(account.getId()).orElseThrow();
        assertThat(statement.status()).isEqualTo(WithdrawalStatus.COMPLETED);
        assertThat(statement.hasOrganisation()).isFalse();
        assertThat(statement.stoppedLines()).anyMatch(line -> line.startsWith("Регистрация в личном кабинете прекращена"));
        assertThat(statement.keptBasis()).isEqualTo(KeptBasis.OTHER);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
                .as("neither the registration nor the withdrawal runs").isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(consents.of(account.getId(), personalData.id()).orElseThrow().active()).isFalse();
        List<String> subjects = mails.to(account.getEmail()).stream().map(mail -> mail.subject()).toList();
        assertThat(subjects).contains("Уничтожение Ваших персональных данных подтверждено");
        assertThat(mvc.perform(get("/cabinet").with(user(MemberPrincipal.of(account)))).andReturn().getResponse()
                .getContentAsString()).contains("Согласие на обработку персональных данных отозвано")
                .contains("Ответ личного кабинета").doesNotContain("Подтвердите email");
    }

    @Test
    void anApplicantUnderReviewWithdrawsHerRegistrationStopsAndTheApplicationsOrganisationAnswers() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey = journeys.atJoinReview(Journeys.joinApplication(school));
        Account account = journey.account();
        MemberPrincipal member = MemberPrincipal.of(account);
        ConsentView personalData = personalDataConsent(account.getId());
        assertThat(mvc.perform(get("/cabinet").with(user(member))).andReturn().getResponse().getContentAsString())
                .as("the status page of an application under review offers it")
                .contains("/cabinet/consents/" + personalData.id() + "/withdrawal-statement");

        mvc.perform(post("/cabinet/consents/" + personalData.id() + "/withdrawal-statement").with(csrf()).with(user(member)))
                .andExpect(redirectedUrl("/cabinet"));
        signTheStatement(account.getId(), journey.email());

        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(journey.businessKey()).count()).as("the registration stopped").isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey())
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).count()).isZero();
        WithdrawalView statement = withdrawals.signedOf(account.getId()).orElseThrow();
        assertThat(statement.stoppedLines()).anyMatch(line -> line.startsWith("Регистрация в личном кабинете прекращена"));
        assertThat(statement.educationalOrganisationId()).isEqualTo(school);
        String group = ReviewerGroups.primaryGroup(organisations.unionOf(school).orElseThrow().primaryId());
        Task answer = reviewTask(journey.businessKey(), ConsentWithdrawalProcess.Elements.ANSWER);
        assertThat(tasks.getIdentityLinksForTask(answer.getId())).extracting(IdentityLink::getGroupId).contains(group);
        assertThat(tasks.getVariablesLocal(answer.getId())).containsEntry("applicantName", "Соколова Мария Ивановна");

        // a reviewer who sends anything but the answer (here: another statement's id) is refused, the task stays
        Map<String, Object> tampered = Map.of("destroyedData", "Телефон", "keptBasis", "none",
                ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID.getName(), UUID.randomUUID().toString());
        assertThatThrownBy(() -> asReviewer(group, () -> tasks.complete(answer.getId(), tampered)))
                .hasMessageContaining("Изменить можно только ответ");
        assertThat(reviewTask(journey.businessKey(), ConsentWithdrawalProcess.Elements.ANSWER).getId())
                .isEqualTo(answer.getId());
        assertThat(withdrawals.signedOf(account.getId()).orElseThrow().answeredAt()).isNull();
    }

    @Test
    void anotherMembersConsentIsNotFoundAndNothingStarts() throws Exception {
        Account owner = members.register(Members.newEmail());
        UUID batch = documents.prepareConsents(owner.getId(),
                new DocumentHolder("Петрова", "Ольга", null, LocalDate.of(1990, 1, 2), owner.getEmail(), null), false);
        documents.markSigned(documents.batch(batch).get(0).id(), UUID.randomUUID(), Instant.now(), owner.getEmail());
        Account stranger = members.register(Members.newEmail());

        mvc.perform(post("/cabinet/consents/" + personalDataConsent(owner.getId()).id() + "/withdrawal-statement")
                .with(csrf()).with(user(MemberPrincipal.of(stranger)))).andExpect(status().isNotFound());
        mvc.perform(post("/cabinet/consents/not-an-id/withdrawal-statement")
                .with(csrf()).with(user(MemberPrincipal.of(stranger)))).andExpect(status().isNotFound());

        assertThat(withdrawals.ofAccount(owner.getId())).isEmpty();
        assertThat(withdrawals.ofAccount(stranger.getId())).isEmpty();
    }

    /** Variant 1 to the end: checked, consented, signed, «Перейти в личный кабинет». */
    private Journey registeredMember() {
        RegistryFixtures.Entry entry = registry.add("Воробьёва", "Анна", "Сергеевна", LocalDate.of(1985, 3, 14));
        Journey journey = journeys.atConsentDocuments(entry);
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of());
        return journey;
    }

    private static String journeyName() {
        return "Воробьёва Анна Сергеевна";
    }

    /** The confirmation step as the portal completes it, then the code from the mail. */
    private void signTheStatement(UUID accountId, String email) {
        MemberSteps.Submission confirmed = steps.submit(accountId, steps.current(accountId).orElseThrow().taskId(),
                Map.of("withdrawalConfirmed", true), Journeys.SUBMITTER);
        assertThat(confirmed).isInstanceOf(MemberSteps.Submission.Completed.class);
        jobs.runDue(accountId.toString());
        MemberSteps.Submission signed = steps.submit(accountId, steps.current(accountId).orElseThrow().taskId(),
                Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(email)),
                Journeys.SUBMITTER);
        assertThat(signed).isInstanceOf(MemberSteps.Submission.Completed.class);
        jobs.runDue(accountId.toString());
    }

    private ConsentView personalDataConsent(UUID accountId) {
        return consents.ofAccount(accountId).stream().filter(consent -> consent.kind() == ConsentKind.PERSONAL_DATA)
                .findFirst().orElseThrow();
    }

    private Task reviewTask(String businessKey, String definitionKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey)
                .active().singleResult();
        assertThat(task).as(definitionKey).isNotNull();
        return task;
    }

    /** As Tasklist completes a task: a user of the organisation's group signed in to the engine. */
    private void asReviewer(String group, Runnable work) {
        identity.setAuthentication("withdrawal-reviewer", List.of(group));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String day(LocalDate date) {
        return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
