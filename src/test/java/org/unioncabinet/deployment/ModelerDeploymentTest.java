package org.unioncabinet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.Members;

/**
 * Camunda Modeler's «Deploy» against the cabinet: only Camunda admins over HTTP basic, only the paths
 * Modeler calls, and a deployment that would leave forms out or strand waiting members is refused with
 * a message Modeler shows.
 */
@CabinetTest
class ModelerDeploymentTest {

    static final String REGISTRATION = "registration.bpmn";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    IdentityService identity;
    @Autowired
    Journeys journeys;

    List<String> users = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        ModelerUpload.deleteAll(repository);
        users.forEach(identity::deleteUser);
    }

    @Test
    void modelersConnectionCheckAndVersionAnswerAnAdmin() throws Exception {
        mvc.perform(get("/engine-rest/deployment").param("maxResults", "0")
                        .with(httpBasic(ModelerUpload.ADMIN, ModelerUpload.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/engine-rest/version").with(httpBasic(ModelerUpload.ADMIN, ModelerUpload.ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("7.24.0"));
    }

    @Test
    void everyOtherEngineRestPathDoesNotExistEvenForAnAdmin() throws Exception {
        mvc.perform(get("/engine-rest/process-definition").with(httpBasic(ModelerUpload.ADMIN, ModelerUpload.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/engine-rest/process-definition/key/registration/start")
                        .with(httpBasic(ModelerUpload.ADMIN, ModelerUpload.ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engine-rest/task")).andExpect(status().isUnauthorized());
    }

    @Test
    void strangersMembersReviewersAndWrongPasswordsAreRefused() throws Exception {
        ModelerUpload upload = ModelerUpload.diagramWithAllForms(REGISTRATION);
        mvc.perform(upload.request()).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/deployment").param("maxResults", "0")).andExpect(status().isUnauthorized());

        // Camunda delays an account's next login after a wrong password: not the admin other tests use.
        String otherAdmin = CamundaUsers.create(identity, Groups.CAMUNDA_ADMIN);
        users.add(otherAdmin);
        mvc.perform(upload.request().with(httpBasic(otherAdmin, "wrong-password"))).andExpect(status().isUnauthorized());

        Journey member = journeys.atTheQuestion();
        mvc.perform(upload.request().with(httpBasic(member.email(), Members.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(upload.request().session(MemberLogin.session(mvc, member.email())).with(csrf())).andExpect(status().isUnauthorized());

        String reviewer = CamundaUsers.create(identity, ReviewerGroups.primaryGroup(999_999_999L));
        users.add(reviewer);
        mvc.perform(upload.request().with(httpBasic(reviewer, CamundaUsers.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/deployment").param("maxResults", "0").with(httpBasic(reviewer, CamundaUsers.PASSWORD)))
                .andExpect(status().isForbidden());

        assertThat(repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).count()).isZero();
    }

    @Test
    void anAdminDeploysAChangedFormAndDiagram() throws Exception {
        ModelerUpload upload = ModelerUpload.diagramWithAllForms(REGISTRATION)
                .change(REGISTRATION, xml -> xml.replace("name=\"Перейти в личный кабинет\"", "name=\"Добро пожаловать\""))
                .change("registration-complete.form", form -> form.replace("\"id\": \"registrationComplete\"",
                        "\"id\": \"registrationComplete\", \"description\": \"changed\""));

        mvc.perform(upload.asAdmin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(ModelerUpload.DEPLOYMENT_NAME))
                .andExpect(jsonPath("$.source").value("Camunda Modeler"))
                .andExpect(jsonPath("$.deployedProcessDefinitions.*.key").value(RegistrationProcess.KEY));

        var deployment = repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).singleResult();
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .as("the whole deployment, although Modeler asked for changed files only")
                .contains(REGISTRATION, "registration-complete.form", "has-ticket.form", "ticket-data.form");

        mvc.perform(upload.asAdmin()).andExpect(status().isOk());
        assertThat(repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).count())
                .as("the same files again change nothing").isEqualTo(1);
    }

    @Test
    void aDiagramWithoutItsFormsIsRefusedNamingTheTask() throws Exception {
        mvc.perform(ModelerUpload.diagramOnly(REGISTRATION).asAdmin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(
                        containsString("userTask_answerHasTicket «У Вас есть электронный профсоюзный билет?»"),
                        containsString("форма «hasTicketQuestion» не приложена"))));
    }

    @Test
    void aServiceTaskOnABeanThatDoesNotExistNeedsADeveloper() throws Exception {
        mvc.perform(ModelerUpload.diagramWithAllForms(REGISTRATION)
                        .change(REGISTRATION, xml -> xml.replace("${checkMembershipDelegate}", "${checkMembershipTwiceDelegate}"))
                        .add("notes.txt", "not a diagram")
                        .asAdmin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(
                        containsString("serviceTask_checkMembership"),
                        containsString("нет компонента «checkMembershipTwiceDelegate»"),
                        containsString("Файл «notes.txt»"))));
    }

    /** Members wait at the question; a version without it could never take them over. */
    @Test
    void removingAStepWhereMembersWaitIsRefused() throws Exception {
        journeys.atTheQuestion();

        mvc.perform(ModelerUpload.diagramWithAllForms(REGISTRATION)
                        .change(REGISTRATION, xml -> xml.replace("userTask_answerHasTicket", "userTask_askAboutTicket"))
                        .asAdmin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(
                        containsString("userTask_answerHasTicket «У Вас есть электронный профсоюзный билет?»: шаг удалён"),
                        containsString("сейчас ждут"),
                        containsString("планом миграции"))));
        assertThat(repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).count()).isZero();
    }

    @Test
    void aFormThatAnotherSitePostsIsRefused() throws Exception {
        mvc.perform(ModelerUpload.diagramWithAllForms(REGISTRATION).asAdmin().header("Sec-Fetch-Mode", "navigate"))
                .andExpect(status().isForbidden());
        assertThat(repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).count()).isZero();
    }
}
