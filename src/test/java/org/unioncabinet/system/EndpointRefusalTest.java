package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.unioncabinet.account.Account;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.correction.CorrectionVictims;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.documents.Pdfs;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;
import org.unioncabinet.withdrawal.ConsentWithdrawalJourney;
import org.unioncabinet.withdrawal.ConsentWithdrawals;

/**
 * Every endpoint of the app, called by everyone who must not get through: the anonymous, another member,
 * and a reviewer of another organisation. The list comes from Spring MVC itself, so an endpoint added
 * later fails {@link #everyEndpointIsClassified()} until someone decides who may call it.
 */
@CabinetTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRefusalTest {

    /** Who an endpoint is for. */
    enum Door {
        /** anyone: pages before login, legal texts, links from mails */
        PUBLIC,
        /** a signed-in member, about their own data only (no id of anything in the path) */
        MEMBER_OWN,
        /** a signed-in member, about a thing named by its id: someone else's id must be refused */
        MEMBER_BY_ID,
        /** a reviewer logged into the Camunda web apps, for applications of their own organisation only */
        REVIEWER,
        /** whoever is logged into the Camunda web apps, about their own settings only (no id in the path) */
        REVIEWER_OWN,
        /** analysts' pages: whoever is logged into the Camunda web apps as an analyst or a Camunda admin */
        ANALYST,
        /** admins' pages: whoever is logged into the Camunda web apps as a Camunda admin, not as an analyst */
        ADMIN,
        /** Camunda Modeler's deployment: a Camunda admin over HTTP basic */
        OPERATOR,
        /** the development mailbox: only exists when cabinet.dev-mailbox.enabled (never in prod) */
        DEV_ONLY,
        /** Spring Boot's error page */
        ERROR
    }

    /** Method and path pattern of every handler method; {@code *} where a mapping accepts any method. */
    static final Map<String, Door> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /", Door.PUBLIC),
            Map.entry("GET /login", Door.PUBLIC),
            Map.entry("GET /register", Door.PUBLIC),
            Map.entry("POST /register", Door.PUBLIC),
            Map.entry("GET /confirm", Door.PUBLIC),
            Map.entry("POST /confirm/resend", Door.PUBLIC),
            Map.entry("GET /password/forgot", Door.PUBLIC),
            Map.entry("POST /password/forgot", Door.PUBLIC),
            Map.entry("GET /password/reset", Door.PUBLIC),
            Map.entry("POST /password/reset", Door.PUBLIC),
            Map.entry("GET /reviewer/password", Door.PUBLIC),
            Map.entry("POST /reviewer/password", Door.PUBLIC),
            Map.entry("GET /documents/signature-agreement", Door.PUBLIC),
            Map.entry("GET /documents/signature-agreement/v{version}", Door.PUBLIC),
            Map.entry("GET /documents/privacy-policy", Door.PUBLIC),
            Map.entry("GET /documents/privacy-policy/v{version}", Door.PUBLIC),
            Map.entry("GET /cabinet", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/organisations", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/next-step", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/confirmation-link", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/join-instead", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/password", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/password", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/email", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/email", Door.MEMBER_OWN),
            Map.entry("GET /email/confirm", Door.PUBLIC),
            Map.entry("POST /email/confirm", Door.PUBLIC),
            Map.entry("GET /email/undo", Door.PUBLIC),
            Map.entry("POST /email/undo", Door.PUBLIC),
            Map.entry("POST /cabinet/steps/{taskId}", Door.MEMBER_BY_ID),
            Map.entry("POST /cabinet/steps/{taskId}/actions/{message}", Door.MEMBER_BY_ID),
            Map.entry("GET /cabinet/documents/{id}", Door.MEMBER_BY_ID),
            Map.entry("POST /cabinet/consents/{id}/withdraw", Door.MEMBER_BY_ID),
            Map.entry("GET /cabinet/my-data", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/my-data.json", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/my-data.pdf", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/close", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/close", Door.MEMBER_OWN),
            Map.entry("GET /closed", Door.PUBLIC),
            Map.entry("GET /cabinet/corrections/new", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/corrections", Door.MEMBER_OWN),
            Map.entry("GET /review/corrections/{id}", Door.REVIEWER),
            Map.entry("GET /review/corrections/{id}/document", Door.REVIEWER),
            Map.entry("GET /review/corrections/{id}/scan", Door.REVIEWER),
            // the path names an edition, not a member's thing: the attempt is always the signed-in member's own
            Map.entry("GET /cabinet/dictation/{edition}", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/dictation/{edition}/start", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/dictation/{edition}/answers", Door.MEMBER_OWN),
            Map.entry("POST /cabinet/dictation/{edition}/finish", Door.MEMBER_OWN),
            Map.entry("GET /cabinet/dictation/{edition}/certificate", Door.MEMBER_OWN),
            Map.entry("GET /verify", Door.PUBLIC),
            Map.entry("GET /verify/{code}", Door.PUBLIC),
            Map.entry("GET /review/documents/{id}", Door.REVIEWER),
            Map.entry("GET /review/applications/{id}", Door.REVIEWER),
            Map.entry("GET /review/applications/{id}/outcome", Door.REVIEWER),
            Map.entry("GET /review/notifications", Door.REVIEWER_OWN),
            Map.entry("POST /cabinet/consents/{id}/withdrawal-statement", Door.MEMBER_BY_ID),
            Map.entry("GET /review/withdrawals/{id}", Door.REVIEWER),
            Map.entry("GET /review/withdrawals/{id}/statement", Door.REVIEWER),
            Map.entry("POST /review/notifications", Door.REVIEWER_OWN),
            Map.entry("GET /admin/funnel", Door.ANALYST),
            Map.entry("GET /admin/funnel.csv", Door.ANALYST),
            Map.entry("GET /admin/funnel/backlog.csv", Door.ANALYST),
            Map.entry("GET /admin/dictation", Door.ANALYST),
            Map.entry("GET /admin/dictation/{edition}", Door.ANALYST),
            Map.entry("GET /admin/dictation/{edition}.csv", Door.ANALYST),
            // the correct answers before the results
            Map.entry("GET /admin/dictation/{edition}/questions", Door.ADMIN),
            Map.entry("GET /engine-rest/deployment", Door.OPERATOR),
            Map.entry("GET /engine-rest/version", Door.OPERATOR),
            Map.entry("POST /engine-rest/deployment/create", Door.OPERATOR),
            Map.entry("GET /mailbox", Door.DEV_ONLY),
            Map.entry("GET /mailbox/{id}", Door.DEV_ONLY),
            Map.entry("GET /mailbox/messages", Door.DEV_ONLY),
            Map.entry("POST /demo/members", Door.DEV_ONLY),
            Map.entry("* /error", Door.ERROR));

    /** MEMBER_OWN endpoints whose answer is the caller's own data as a PDF. */
    static final Set<String> OWN_PDFS = Set.of("GET /cabinet/my-data.pdf");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    Journeys journeys;
    @Autowired
    Members members;
    @Autowired
    Mails mails;
    @Autowired
    Documents documents;
    @Autowired
    Consents consents;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    CorrectionVictims correctionVictims;
    @Autowired
    Jobs jobs;
    @Autowired
    ConsentWithdrawalJourney withdrawalJourney;
    @Autowired
    ConsentWithdrawals withdrawals;
    @LocalServerPort
    int port;

    /** Waiting at «Изменить данные» / «Подписать документы» with draft documents of their own. */
    Journey drafting;
    /** Signed, submitted, waiting for their primary organisation: signed documents, consents, a review task. */
    Journey applied;
    String draftingTaskId;
    String appliedDocumentId;
    String appliedApplicationId;
    String appliedConsentId;
    String appliedReviewerGroup;
    /** Applied at the same school, then withdrew the personal-data consent: the organisation answers it. */
    String withdrawalId;
    Account stranger;
    /** A linked member's correction statement («Соколова Мария Ивановна»), with a scan, before the same reviewers. */
    String correctionStatementId;

    @BeforeAll
    void twoVictimsAndAStranger() {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        drafting = journeys.atJoinApplication();
        journeys.complete(drafting, Journeys.joinApplication(school));
        draftingTaskId = journeys.task(drafting).getId();

        Map<String, Object> application = Journeys.joinApplication(school);
        application.put(RegistrationProcess.Variables.ADVERTISING_CONSENT.getName(), true);
        applied = journeys.atJoinReview(application);
        appliedDocumentId = documents.ofAccount(applied.account().getId()).stream()
                .map(MemberDocument::id).findFirst().orElseThrow().toString();
        appliedConsentId = consents.ofAccount(applied.account().getId()).stream()
                .filter(consent -> consent.kind().withdrawableInCabinet())
                .map(ConsentView::id).findFirst().orElseThrow().toString();
        appliedReviewerGroup = (String) runtime.getVariable(applied.process().getId(),
                RegistrationProcess.Variables.REVIEWER_GROUP.getName());
        appliedApplicationId = (String) runtime.getVariable(applied.process().getId(),
                RegistrationProcess.Variables.JOIN_APPLICATION_ID.getName());

        correctionStatementId = correctionVictims.underReview(school).toString();

        Journey withdrawn = journeys.atJoinReview(Journeys.joinApplication(school));
        UUID withdrawnConsent = consents.ofAccount(withdrawn.account().getId()).stream()
                .filter(consent -> consent.withdrawableByStatement()).map(ConsentView::id).findFirst().orElseThrow();
        withdrawalJourney.start(withdrawn.account().getId(), withdrawnConsent);
        journeys.complete(withdrawn, Map.of("withdrawalConfirmed", true));
        jobs.runDue(withdrawn.businessKey());
        journeys.complete(withdrawn, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(withdrawn.email())));
        jobs.runDue(withdrawn.businessKey());
        withdrawalId = withdrawals.signedOf(withdrawn.account().getId()).orElseThrow().id().toString();

        stranger = journeys.atTheQuestion().account();
    }

    @Test
    void everyEndpointIsClassified() {
        Set<String> mapped = handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(info -> endpoints(info).stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(mapped)
                .as("every endpoint needs a Door in EndpointRefusalTest.ENDPOINTS, so its refusals are tested")
                .isSubsetOf(ENDPOINTS.keySet());
        assertThat(ENDPOINTS.keySet()).as("endpoints listed here that no longer exist").isSubsetOf(mapped);
    }

    @Test
    void theAnonymousAreSentToLoginFromEveryMemberEndpoint() throws Exception {
        for (String endpoint : endpointsFor(Door.MEMBER_OWN, Door.MEMBER_BY_ID)) {
            MockHttpServletResponse response = mvc.perform(request(endpoint).with(csrf())).andReturn().getResponse();

            assertThat(response.getStatus()).as(endpoint).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(endpoint).endsWith("/login");
        }
        victimsAreUntouched();
    }

    @Test
    void anotherMemberGetsNothingOfTheVictims() throws Exception {
        for (String endpoint : endpointsFor(Door.MEMBER_BY_ID)) {
            MockHttpServletResponse response = mvc.perform(request(endpoint).with(csrf())
                    .with(user(MemberPrincipal.of(stranger)))).andReturn().getResponse();

            assertThat(response.getStatus()).as(endpoint).isIn(403, 404);
            assertNothingOfTheVictimsIn(endpoint, response);
        }
        for (String endpoint : endpointsFor(Door.MEMBER_OWN)) {
            MockHttpServletResponse response = mvc.perform(request(endpoint).with(csrf())
                    .with(user(MemberPrincipal.of(stranger)))).andReturn().getResponse();

            assertThat(response.getStatus()).as(endpoint).isLessThan(500);
            assertNothingOfTheVictimsIn(endpoint, response);
        }
        victimsAreUntouched();
    }

    @Test
    void aReviewerOfAnotherOrganisationGetsNothing() throws Exception {
        MockHttpSession otherReviewer = reviewerSession("ppo" + Long.MAX_VALUE);
        for (String endpoint : endpointsFor(Door.MEMBER_OWN, Door.MEMBER_BY_ID)) {
            MockHttpServletResponse response = mvc.perform(request(endpoint).with(csrf()).session(otherReviewer))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).as(endpoint).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(endpoint).endsWith("/login");
        }
        for (String endpoint : endpointsFor(Door.REVIEWER)) {
            MockHttpServletResponse response = mvc.perform(request(endpoint).session(otherReviewer))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).as(endpoint).isEqualTo(404);
            assertNothingOfTheVictimsIn(endpoint, response);
        }
        victimsAreUntouched();
    }

    @Test
    void analystAndOperatorEndpointsRefuseTheAnonymousMembersAndReviewers() throws Exception {
        MockHttpSession reviewer = reviewerSession(appliedReviewerGroup);
        for (String endpoint : endpointsFor(Door.ANALYST, Door.OPERATOR)) {
            List<MockHttpServletResponse> refused = List.of(
                    mvc.perform(request(endpoint)).andReturn().getResponse(),
                    mvc.perform(request(endpoint).with(user(MemberPrincipal.of(stranger)))).andReturn().getResponse(),
                    mvc.perform(request(endpoint).session(reviewer)).andReturn().getResponse());
            for (MockHttpServletResponse response : refused) {
                assertThat(response.getStatus()).as(endpoint).isIn(401, 403);
                assertNothingOfTheVictimsIn(endpoint, response);
            }
        }
        victimsAreUntouched();
    }

    @Test
    void adminEndpointsRefuseAnalystsTooAndServeAnAdmin() throws Exception {
        MockHttpSession reviewer = reviewerSession(appliedReviewerGroup);
        MockHttpSession analyst = CamundaUsers.webappSession(engine,
                CamundaUsers.create(identity, CamundaWebappSession.ANALYSTS));
        for (String endpoint : endpointsFor(Door.ADMIN)) {
            List<MockHttpServletResponse> refused = List.of(
                    mvc.perform(request(endpoint)).andReturn().getResponse(),
                    mvc.perform(request(endpoint).with(user(MemberPrincipal.of(stranger)))).andReturn().getResponse(),
                    mvc.perform(request(endpoint).session(reviewer)).andReturn().getResponse(),
                    mvc.perform(request(endpoint).session(analyst)).andReturn().getResponse());
            for (MockHttpServletResponse response : refused) {
                assertThat(response.getStatus()).as(endpoint).isIn(401, 403);
                assertNothingOfTheVictimsIn(endpoint, response);
            }
            // the control: an admin is served, and so is the analyst on the analysts' pages
            mvc.perform(request(endpoint).session(CamundaUsers.webappSession(engine, "admin")))
                    .andExpect(status().isOk());
        }
        for (String endpoint : endpointsFor(Door.ANALYST)) {
            mvc.perform(request(endpoint).session(analyst)).andExpect(status().isOk());
        }
    }

    @Test
    void reviewerEndpointsRefuseTheAnonymousAndMembersAndServeTheRightReviewer() throws Exception {
        for (String endpoint : endpointsFor(Door.REVIEWER)) {
            MockHttpServletResponse anonymous = mvc.perform(request(endpoint)).andReturn().getResponse();
            MockHttpServletResponse member = mvc.perform(request(endpoint).with(user(MemberPrincipal.of(stranger))))
                    .andReturn().getResponse();
            MockHttpServletResponse owner = mvc.perform(request(endpoint)
                    .with(user(MemberPrincipal.of(applied.account())))).andReturn().getResponse();

            for (MockHttpServletResponse refused : List.of(anonymous, member, owner)) {
                assertThat(refused.getStatus()).as(endpoint).isEqualTo(404);
                assertNothingOfTheVictimsIn(endpoint, refused);
            }
            // The control: the same request does work for the application's own reviewer.
            MockHttpServletResponse served = mvc.perform(request(endpoint).session(reviewerSession(appliedReviewerGroup)))
                    .andExpect(status().isOk()).andReturn().getResponse();
            if (endpoint.endsWith("/corrections/{id}/document")) {
                assertThat(served.getContentType()).as(endpoint).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
            } else if (endpoint.endsWith("/corrections/{id}/scan")) {
                assertThat(served.getContentType()).as(endpoint).isEqualTo(MediaType.IMAGE_PNG_VALUE);
            } else if (endpoint.contains("/corrections/")) {
                assertThat(served.getContentAsString()).as(endpoint).contains("Соколова Мария Ивановна");
            } else if (endpoint.contains("/documents/") || endpoint.endsWith("/statement")) {
                assertThat(served.getContentType()).as(endpoint).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
            } else if (endpoint.contains("/withdrawals/")) {
                assertThat(served.getContentAsString()).as(endpoint).contains("Соколова Мария Ивановна",
                        "Отзыв согласия на обработку персональных данных");
            } else if (endpoint.endsWith("/outcome")) {
                assertThat(served.getContentAsString()).as(endpoint).contains("\"decided\":false");
            } else {
                assertThat(served.getContentAsString()).as(endpoint).contains("Соколова Мария Ивановна", "+7 (916) 123-45-67");
            }
        }
    }

    @Test
    void ownReviewerSettingsAreNeitherForTheAnonymousNorForMembers() throws Exception {
        for (String endpoint : endpointsFor(Door.REVIEWER_OWN)) {
            for (MockHttpServletResponse refused : List.of(
                    mvc.perform(request(endpoint).with(csrf()).param("delivery", "daily")).andReturn().getResponse(),
                    mvc.perform(request(endpoint).with(csrf()).param("delivery", "daily")
                            .with(user(MemberPrincipal.of(stranger)))).andReturn().getResponse())) {
                if (endpoint.startsWith("GET")) {
                    assertThat(refused.getStatus()).as(endpoint).isEqualTo(302);
                    assertThat(refused.getRedirectedUrl()).as(endpoint).isEqualTo("/camunda/app/tasklist/default/");
                } else {
                    assertThat(refused.getStatus()).as(endpoint).isEqualTo(404);
                }
                assertNothingOfTheVictimsIn(endpoint, refused);
            }
            assertThat(mvc.perform(request(endpoint).with(csrf()).param("delivery", "daily")
                    .session(reviewerSession(appliedReviewerGroup))).andReturn().getResponse().getStatus())
                    .as("the control: a reviewer's own settings, " + endpoint).isIn(200, 302);
        }
    }

    /** Off in prod: {@link ProductionStartupTest}. */
    @Test
    void theDevelopmentMailboxExistsOnlyWhenSwitchedOn() {
        assertThat(org.unioncabinet.mail.DevMailboxController.class
                .getAnnotation(org.springframework.boot.autoconfigure.condition.ConditionalOnProperty.class).name())
                .containsExactly("cabinet.dev-mailbox.enabled");
    }

    @Test
    void theCamundaWebAppsServeTheirShellsButTheirApisRefuseTheAnonymous() throws Exception {
        assertThat(http("GET", "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(http("GET", "/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(http("GET", "/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        for (String api : List.of(
                "/camunda/api/engine/engine/default/task",
                "/camunda/api/engine/engine/default/task/count",
                "/camunda/api/engine/engine/default/process-instance",
                "/camunda/api/engine/engine/default/variable-instance",
                "/camunda/api/engine/engine/default/history/process-instance",
                "/camunda/api/engine/engine/default/user",
                "/camunda/api/engine/engine/default/group",
                "/camunda/api/engine/engine/default/filter",
                "/camunda/api/engine/engine/default/deployment",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/tasklist/plugin/tasklist-search-process-definitions/default/process-definition",
                "/camunda/api/admin/auth/user/default")) {
            HttpResponse<String> response = http("GET", api);

            assertThat(response.statusCode()).as(api).isIn(401, 403, 404);
            assertThat(response.body()).as(api).doesNotContain(applied.email(), drafting.email(), "Соколова");
        }
        HttpResponse<String> setup = http("POST", "/camunda/api/admin/setup/default/user/create");
        assertThat(setup.statusCode()).as("creating a first admin when one exists").isIn(401, 403, 404, 405);
    }

    @Test
    void thereIsNoEngineRestApiUnderAnyPath() throws Exception {
        for (String path : List.of("/engine-rest", "/engine-rest/engine", "/engine-rest/task",
                "/engine-rest/process-instance", "/engine-rest/user", "/engine-rest/deployment",
                "/engine-rest/engine/default/task", "/rest/engine", "/api/engine")) {
            HttpResponse<String> response = http("GET", path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"id\"");
        }
        mvc.perform(get("/engine-rest/task").with(user(MemberPrincipal.of(stranger)))).andExpect(status().isForbidden());
        HttpResponse<String> start = http("POST", "/engine-rest/process-definition/key/registration/start");
        assertThat(start.statusCode()).isNotEqualTo(200);
    }

    /** {@code Secure} in prod: {@link ProductionStartupTest}. */
    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        PortalClient browser = new PortalClient(port);
        HttpResponse<String> loginPage = browser.get("/login");
        HttpResponse<String> login = browser.post("/login",
                Map.of("email", stranger.getEmail(), "password", Members.PASSWORD));

        assertThat(PortalClient.location(login)).endsWith("/cabinet");
        assertThat(setCookie(login, "SESSION=")).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        assertThat(setCookie(loginPage, "CABINET-CSRF=")).contains("HttpOnly").contains("SameSite=Lax");
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie set"));
    }

    @Test
    void memberPagesCarryTheSecurityHeaders() throws Exception {
        for (MockHttpServletRequestBuilder page : List.of(get("/"), get("/login"), get("/register"),
                get("/cabinet").with(user(MemberPrincipal.of(stranger))))) {
            MockHttpServletResponse response = mvc.perform(page.secure(true)).andReturn().getResponse();

            assertThat(response.getHeader("Content-Security-Policy"))
                    .isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
            assertThat(response.getHeader("Cache-Control")).contains("no-store");
        }
    }

    /** Method and pattern of one mapping, {@code *} for any method. */
    private static List<String> endpoints(RequestMappingInfo info) {
        Set<String> patterns = info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
        List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("*")
                : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
        List<String> endpoints = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : patterns) {
                endpoints.add(method + " " + pattern);
            }
        }
        return endpoints;
    }

    private static List<String> endpointsFor(Door... doors) {
        Set<Door> wanted = Set.of(doors);
        return ENDPOINTS.entrySet().stream().filter(entry -> wanted.contains(entry.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** The endpoint with the victims' real ids in its path: what an attacker who learnt them would send. */
    private MockHttpServletRequestBuilder request(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("/cabinet/steps/{taskId}/actions/{message}",
                        "/cabinet/steps/" + draftingTaskId + "/actions/JoinApplicationChangeRequested")
                .replace("{taskId}", draftingTaskId)
                .replace("/cabinet/documents/{id}", "/cabinet/documents/" + appliedDocumentId)
                .replace("/review/documents/{id}", "/review/documents/" + appliedDocumentId)
                .replace("/review/applications/{id}", "/review/applications/" + appliedApplicationId)
                .replace("/review/corrections/{id}", "/review/corrections/" + correctionStatementId)
                .replace("/review/withdrawals/{id}", "/review/withdrawals/" + withdrawalId)
                .replace("{id}", appliedConsentId)
                .replace("{edition}", "demo");
        Function<String, MockHttpServletRequestBuilder> builder = "POST".equals(method) ? uri -> post(uri) : uri -> get(uri);
        MockHttpServletRequestBuilder request = builder.apply(path);
        if (path.startsWith("/cabinet/steps/") && !path.contains("/actions/")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{\"data\":{}}");
        }
        if (path.endsWith("/answers")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{\"question\":1,\"options\":[1]}");
        }
        if (path.equals("/cabinet/organisations")) {
            request.param("q", "Соколова");
        }
        if (path.equals("/admin/funnel.csv")) {
            request.param("from", "2026-11-01").param("to", "2026-11-30");
        }
        return request;
    }

    private void assertNothingOfTheVictimsIn(String endpoint, MockHttpServletResponse response) throws Exception {
        if (OWN_PDFS.contains(endpoint) && "application/pdf".equals(response.getContentType())) {
            // the caller's own data as a PDF («Мои данные»): read, and nothing of the victims in it
            String text = Pdfs.text(response.getContentAsByteArray());
            for (Journey victim : List.of(drafting, applied)) {
                assertThat(text).as(endpoint).doesNotContain(victim.email(), victim.businessKey());
            }
            assertThat(text).as(endpoint).doesNotContain("Соколова", "+7 (916) 123-45-67");
            return;
        }
        String body = response.getContentAsString();
        String location = String.valueOf(response.getRedirectedUrl());
        for (Journey victim : List.of(drafting, applied)) {
            assertThat(body).as(endpoint).doesNotContain(victim.email(), victim.businessKey());
            assertThat(location).as(endpoint).doesNotContain(victim.email());
        }
        assertThat(body).as(endpoint).doesNotContain("Соколова", "9161234567", "%PDF");
        assertThat(String.valueOf(response.getContentType())).as(endpoint).doesNotContain("pdf").doesNotContain("image");
    }

    /** Nothing an attacker sent moved a victim on, withdrew their consent or mailed them. */
    private void victimsAreUntouched() {
        assertThat(tasks.createTaskQuery().taskId(draftingTaskId).active().count()).isOne();
        assertThat(consents.of(applied.account().getId(), UUID.fromString(appliedConsentId)).orElseThrow().withdrawnAt())
                .isNull();
        assertThat(mails.to(drafting.email()).stream()
                .filter(mail -> mail.subject().equals(MailTemplate.CONFIRMATION_LINK.subject()))).hasSize(1);
    }

    /** A browser session logged into the Camunda web apps as a reviewer in the given group. */
    /** A browser signed into the web apps as a new reviewer of the group (a real user: groups are read per request). */
    private MockHttpSession reviewerSession(String group) {
        return CamundaUsers.webappSession(engine, CamundaUsers.create(identity, group));
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
