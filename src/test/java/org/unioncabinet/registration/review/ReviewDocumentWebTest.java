package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.JoinApplicant;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.registration.RegistrationProcess.Decision;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.Members;

/**
 * {@code GET /review/documents/{id}}, the reviewer's link from the Tasklist form: only the reviewers of the
 * applicant's own primary organisation (and the territorial one it escalates to) read the signed documents;
 * reviewers of another organisation, members, the anonymous and everyone for an unsigned draft get 404.
 */
@CabinetTest
class ReviewDocumentWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    Members members;
    @Autowired
    Documents documents;
    @Autowired
    JoinApplications applications;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    JdbcClient jdbc;

    Account applicant;
    MemberDocument signedApplication;
    UnionOrganisations own;
    UnionOrganisations other;

    @BeforeEach
    void anApplicationSignedAtOneSchool() {
        List<Long> schools = jdbc.sql("""
                SELECT min(e.id) FROM app.educational_organisation e
                JOIN app.primary_organisation p ON p.id = e.primary_organisation_id
                GROUP BY p.territorial_organisation_id ORDER BY 1 LIMIT 2""").query(Long.class).list();
        own = organisations.unionOf(schools.get(0)).orElseThrow();
        other = organisations.unionOf(schools.get(1)).orElseThrow();
        applicant = members.register(Members.newEmail());
        UUID application = applications.saveDraft(applicant.getId(), Optional.empty(), new JoinApplications.JoinForm(
                "Соколова", "Мария", "Ивановна", "female", LocalDate.of(1996, 4, 12), "+79161234567", null,
                schools.get(0), null, "employee", false));
        UUID batch = applications.prepareDocuments(applicant.getId(), application).batchId();
        signedApplication = documents.batch(batch).stream()
                .filter(document -> document.kind() == DocumentKind.JOIN_APPLICATION).findFirst().orElseThrow();
        documents.markSigned(signedApplication.id(), UUID.randomUUID(), Instant.now(), "ivanova@mail.ru");
        applications.submit(applicant.getId(), application);
    }

    @Test
    void theReviewersOfTheApplicantsOwnOrganisationReadTheSignedPdf() throws Exception {
        for (String group : List.of(ReviewerGroups.primaryGroup(own.primaryId()),
                ReviewerGroups.territorialGroup(own.territorialId()), Groups.CAMUNDA_ADMIN)) {
            mvc.perform(get(path(signedApplication.id())).session(reviewer(group)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE));
        }
    }

    /** The directory's names begin with «Первичная профсоюзная организация» or «ППО»: the page says it once. */
    @Test
    void theApplicationPageNamesThePrimaryOrganisationOnce() throws Exception {
        String group = ReviewerGroups.primaryGroup(own.primaryId());
        MockHttpSession signedIn = CamundaUsers.webappSession(engine, CamundaUsers.create(identity, group));
        String applicationPage = "/review/applications/" + applications.latest(applicant.getId()).orElseThrow().getId();

        String text = org.springframework.web.util.HtmlUtils.htmlUnescape(mvc.perform(get(applicationPage).session(signedIn))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " "));

        // the demo directory's full names begin with the words themselves
        assertThat(text).contains("Профсоюзная организация Первичная профсоюзная организация ")
                .doesNotContainPattern("(?i)(первичн\\S* профсоюзн\\S* организаци\\S*|ППО) (первичн|ППО)");
    }

    @Test
    void aReviewerRemovedFromTheGroupLosesTheDocumentsAndTheApplicationAtOnce() throws Exception {
        String group = ReviewerGroups.primaryGroup(own.primaryId());
        String reviewer = CamundaUsers.create(identity, group);
        MockHttpSession signedIn = CamundaUsers.webappSession(engine, reviewer);
        String applicationPage = "/review/applications/" + applications.latest(applicant.getId()).orElseThrow().getId();
        mvc.perform(get(path(signedApplication.id())).session(signedIn)).andExpect(status().isOk());
        mvc.perform(get(applicationPage).session(signedIn)).andExpect(status().isOk());

        identity.deleteMembership(reviewer, group);

        mvc.perform(get(path(signedApplication.id())).session(signedIn)).andExpect(status().isNotFound());
        mvc.perform(get(applicationPage).session(signedIn)).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerOfAnotherOrganisationGetsNothing() throws Exception {
        for (String group : List.of(ReviewerGroups.primaryGroup(other.primaryId()),
                ReviewerGroups.territorialGroup(other.territorialId()))) {
            String body = mvc.perform(get(path(signedApplication.id())).session(reviewer(group)))
                    .andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("Соколова");
        }
    }

    @Test
    void membersTheAnonymousAndUnsignedDraftsGetNothing() throws Exception {
        Account anotherMember = members.register(Members.newEmail());
        mvc.perform(get(path(signedApplication.id())).with(user(MemberPrincipal.of(anotherMember))))
                .andExpect(status().isNotFound());
        mvc.perform(get(path(signedApplication.id())).with(user(MemberPrincipal.of(applicant))))
                .andExpect(status().isNotFound());
        mvc.perform(get(path(signedApplication.id()))).andExpect(status().isNotFound());
        mvc.perform(get("/review/documents/not-a-uuid").session(reviewer(Groups.CAMUNDA_ADMIN)))
                .andExpect(status().isNotFound());

        UUID draft = documents.batch(documents.prepareJoinDocuments(applicant.getId(), new JoinApplicant("Соколова",
                "Мария", "Ивановна", "female", LocalDate.of(1996, 4, 12), "+79161234567", applicant.getEmail(),
                "МБОУ СОШ № 1", own.primaryName(), "", "employee"), false)).get(0).id();
        mvc.perform(get(path(draft)).session(reviewer(ReviewerGroups.primaryGroup(own.primaryId()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOutcomeTellsTheReviewerWhatCameOfTheirDecision() throws Exception {
        UUID application = applications.latest(applicant.getId()).orElseThrow().getId();
        String outcome = "/review/applications/" + application + "/outcome";
        MockHttpSession reviewer = reviewer(ReviewerGroups.primaryGroup(own.primaryId()));
        mvc.perform(get(outcome).session(reviewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(false));

        applications.decide(application, Decision.REJECT, "Не работает в организации", "chair");

        mvc.perform(get(outcome).session(reviewer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.decided").value(true)).andExpect(jsonPath("$.final").value(true))
                .andExpect(jsonPath("$.text").value("Решение по заявлению (Соколова Мария Ивановна): отказать. "
                        + "Заявителю отправлено сообщение об отказе с указанной Вами причиной."));
        mvc.perform(get(outcome).session(reviewer(ReviewerGroups.primaryGroup(other.primaryId()))))
                .andExpect(status().isNotFound());
    }

    private static String path(UUID documentId) {
        return "/review/documents/" + documentId;
    }

    /** A browser session signed into the Camunda web apps as a new member of the group. */
    private MockHttpSession reviewer(String group) {
        return CamundaUsers.webappSession(engine, CamundaUsers.create(identity, group));
    }
}
