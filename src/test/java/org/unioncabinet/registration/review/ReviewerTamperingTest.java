package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;

/**
 * A reviewer of the right organisation who tampers with the review task: they may claim and complete it with their
 * decision, and nothing else: not its candidates, not its variables, not with the completion; and nothing they do
 * to it makes it the applicant's step.
 */
@CabinetTest
class ReviewerTamperingTest {

    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    MembershipCheck registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Journey journey;
    Task review;
    String group;
    String reviewer;
    String applicationId;

    @BeforeEach
    void anApplicationUnderReview() {
        journey = journeys.atJoinReview(Journeys.joinApplication(school(organisations)));
        review = journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION);
        group = (String) runtime.getVariable(journey.process().getId(), Variables.REVIEWER_GROUP.getName());
        applicationId = (String) runtime.getVariable(journey.process().getId(), Variables.JOIN_APPLICATION_ID.getName());
        reviewer = "tamper" + System.nanoTime();
        User user = identity.newUser(reviewer);
        user.setPassword("Проверяющий-2026");
        identity.saveUser(user);
        identity.createMembership(reviewer, group);
    }

    /** The demo reviewer's school, whose group reviews the applications of these tests. */
    static long school(OrganisationSearch organisations) {
        return organisations.search(SCHOOL, 5).stream().filter(hit -> SCHOOL.equals(hit.shortName()))
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aReviewerMayWorkOnTheTaskButNotEditItsCandidatesOrVariables() {
        signIn();

        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("she sees it").isOne();
        assertThatThrownBy(() -> tasks.deleteCandidateGroup(review.getId(), group))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.addCandidateUser(review.getId(), reviewer))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.setAssignee(review.getId(), journey.businessKey()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.setVariable(review.getId(), Variables.JOIN_APPLICATION_ID.getName(),
                UUID.randomUUID().toString())).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.setVariableLocal(review.getId(), Variables.APPLICANT_NAME_LABEL.getName(), "Х"))
                .isInstanceOf(AuthorizationException.class);
        tasks.claim(review.getId(), reviewer);

        identity.clearAuthentication();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting("groupId").contains(group);
    }

    @Test
    void aDecisionSentWithAnyOtherChangeIsRefusedAndTheApplicationIsAdmittedAsSigned() {
        List<Map<String, Object>> tampered = List.of(
                Map.of("decision", "approve", Variables.JOIN_APPLICATION_ID.getName(), UUID.randomUUID().toString()),
                Map.of("decision", "approve", Variables.REVIEWER_GROUP.getName(), "ppo1"),
                Map.of("decision", "approve", Variables.APPLICANT_NAME_LABEL.getName(), "Подменова Ирина"),
                Map.of("decision", "approve", "lastName", "Подменова", "birthDate", "2030-01-01"));
        signIn();
        tasks.claim(review.getId(), reviewer);

        for (Map<String, Object> variables : tampered) {
            assertThatThrownBy(() -> tasks.complete(review.getId(), variables)).as("%s", variables)
                    .isInstanceOf(ProcessEngineException.class)
                    .hasMessageContaining("Изменить можно только решение и причину отказа");
        }
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isOne();
        identity.clearAuthentication();
        assertThat(runtime.getVariables(journey.process().getId()))
                .containsEntry(Variables.JOIN_APPLICATION_ID.getName(), applicationId)
                .containsEntry(Variables.REVIEWER_GROUP.getName(), group)
                .doesNotContainKeys("lastName", "birthDate");

        signIn();
        tasks.complete(review.getId(), Map.of("decision", "approve"));
        identity.clearAuthentication();
        jobs.runDue(journey.businessKey());

        assertThat(registry.ofAccount(journey.account().getId()).orElseThrow())
                .extracting("lastName", "birthDate").containsExactly("Соколова", java.time.LocalDate.of(1996, 4, 12));
        assertThat(jdbc.sql("SELECT decision, decided_by FROM app.join_application WHERE id = :id::uuid")
                .param("id", applicationId).query().singleRow())
                .containsEntry("decision", "APPROVE").containsEntry("decided_by", reviewer);
    }

    @Test
    void aReviewTaskWithoutItsCandidateGroupIsStillNotTheApplicantsStep() throws Exception {
        // what a reviewer could do before, done here by an operator: the task loses its group, even gets her id
        tasks.deleteCandidateGroup(review.getId(), group);
        tasks.setAssignee(review.getId(), journey.businessKey());
        MemberPrincipal applicant = MemberPrincipal.of(journey.account());

        mvc.perform(post("/cabinet/steps/" + review.getId()).with(csrf()).with(user(applicant))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"data\":{\"decision\":\"approve\"}}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cabinet").with(user(applicant)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Заявление получено")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Принять в Профсоюз"))));
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();
    }

    private void signIn() {
        identity.setAuthentication(reviewer, List.of(group));
    }
}
