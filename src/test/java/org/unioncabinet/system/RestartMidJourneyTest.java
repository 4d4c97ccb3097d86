package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.UnionCabinetApplication;
import org.unioncabinet.account.Account;
import org.unioncabinet.login.RegisteringBrowser;
import org.unioncabinet.mail.DevMailbox;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.confirmation.EmailConfirmation;
import org.unioncabinet.registration.confirmation.Registration;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/**
 * Two nodes, then a restart in the middle of variant 2. A second instance of the whole application, on the same
 * database and the same SMTP server, runs beside the shared test context:
 * <ul>
 * <li>both nodes' job executors race for one backlog of confirmation mails: every job runs on exactly one node,
 * both nodes run some, and every member gets exactly one mail;</li>
 * <li>the other node takes a member from «Создать» to the join application; the member's browser session,
 * signed in there, is served by this node too (sessions live in PostgreSQL);</li>
 * <li>the other node is stopped. This one knew nothing of the member, yet the member continues (documents,
 * signing code by mail, submission), signed in across the restart, and the review's reminder timer fires.</li>
 * </ul>
 * One extra application start (~20 s), no more.
 */
@CabinetTest
class RestartMidJourneyTest {

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    HistoryService history;
    @Autowired
    Members members;
    @Autowired
    DevMailbox mailbox;
    @Autowired
    MailProperties smtp;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String DOCUMENTS_STEP = "<title>Проверка данных заявления";
    /** Mails in the race of the two nodes' job executors. */
    private static final int RACING_MAILS = 24;
    /** Only the race's jobs get it, and the racing executors take no other jobs (see RacingJobExecutor). */
    private static final long RACE_PRIORITY = 1_000_000;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aMemberContinuesOnTheNextInstanceAndTimersStillFire() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey;
        String loggingSystem = System.getProperty("org.springframework.boot.logging.LoggingSystem");
        // The second application must not reconfigure the logging of the JVM this test shares with others.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        try (ConfigurableApplicationContext before = new SpringApplicationBuilder(UnionCabinetApplication.class)
                .profiles("test")
                .properties("server.port=0", "camunda.bpm.process-engine-name=beforeRestart",
                        "spring.datasource.hikari.maximum-pool-size=4", "cabinet.registry.demo-data=false",
                        // Tasklist, Cockpit and Admin keep their engine in static fields, which a second
                        // instance in this JVM would take over and then clear; the member journey needs none.
                        "spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
                // one SMTP server for both nodes, as in production; the mails are read here. Arguments, because
                // the properties above give way to the test profile's own.
                .run("--spring.mail.port=" + smtp.getPort(), "--cabinet.dev-mailbox.enabled=false")) {
            bothNodesRunJobsAndEveryMailLeavesOnce(before);

            journey = journeysOf(before, mailbox).atJoinApplication();
            journeysOf(before, mailbox).complete(journey, Journeys.joinApplication(school));
            assertThat(journeysOf(before, mailbox).task(journey).getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_JOIN_DOCUMENTS);

            // Two nodes, one database: the member signs in on the other node and this one knows the session.
            String otherNode = "http://localhost:" + before.getEnvironment().getProperty("local.server.port");
            signIn(otherNode, journey);
            assertThat(cabinet("http://localhost:" + port))
                    .as("this node serves the session the other node signed in").contains(DOCUMENTS_STEP);
        } finally {
            if (loggingSystem == null) {
                System.clearProperty("org.springframework.boot.logging.LoggingSystem");
            } else {
                System.setProperty("org.springframework.boot.logging.LoggingSystem", loggingSystem);
            }
        }

        // This instance never saw the member: everything it needs is in the database, the session too.
        assertThat(cabinet("http://localhost:" + port)).as("signed in across the restart").contains(DOCUMENTS_STEP);
        assertThat(journeys.task(journey).getTaskDefinitionKey()).isEqualTo(Elements.REVIEW_JOIN_DOCUMENTS);
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of("confirmationCode", mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        assertThat(journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION)).isNotNull();

        jdbc.sql("UPDATE public.act_ru_job SET duedate_ = now() - interval '1 second' "
                + "WHERE process_instance_id_ = :id AND type_ = 'timer'").param("id", journey.process().getId()).update();
        jobs.runDue(journey.businessKey());
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(journey.process().getId())
                .activityId(Elements.REMIND_REVIEWERS).finished().count()).as("the reminder timer fired").isOne();
        assertThat(journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION)).isNotNull();
        // The other instance left this one's web apps working (they are shared with every later test).
        HttpResponse<String> tasklist = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tasklist.statusCode()).isEqualTo(200);
    }

    /**
     * Two nodes, one database: a backlog of confirmation mails is waiting when both nodes' job executors start at
     * once. Camunda locks a job for one executor before it runs (an optimistic lock on the job's row), so no
     * job runs on both nodes and no member gets the mail twice.
     */
    private void bothNodesRunJobsAndEveryMailLeavesOnce(ConfigurableApplicationContext otherNode) throws Exception {
        List<String> emails = new ArrayList<>();
        Set<String> mailJobs = new HashSet<>();
        for (int i = 0; i < RACING_MAILS; i++) {
            String email = Members.newEmail();
            emails.add(email);
            Account account = members.register(email);
            for (Job job : management.createJobQuery().processInstanceId(members.journey(account).getId()).list()) {
                management.setJobPriority(job.getId(), RACE_PRIORITY);
                mailJobs.add(job.getId());
            }
        }
        assertThat(mailJobs).as("one mail job per registration, waiting").hasSize(RACING_MAILS);

        try (RacingJobExecutor here = new RacingJobExecutor(engine, RACE_PRIORITY);
                RacingJobExecutor there = new RacingJobExecutor(otherNode.getBean(ProcessEngine.class), RACE_PRIORITY)) {
            there.start();
            here.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (management.createJobQuery().jobIds(mailJobs).count() > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(management.createJobQuery().jobIds(mailJobs).count())
                    .as("mail jobs left after a minute").isZero();
            assertThat(here.acquired()).as("jobs this node ran").isNotEmpty().doesNotContainAnyElementsOf(there.acquired());
            assertThat(there.acquired()).as("jobs the other node ran").isNotEmpty();
            Set<String> ran = new HashSet<>(here.acquired());
            ran.addAll(there.acquired());
            assertThat(ran).as("every mail job ran on one of the nodes").containsAll(mailJobs);
        }
        for (String email : emails) {
            assertThat(mailbox.mailsTo(email)).as("mails to %s", email).hasSize(1);
        }
    }

    /** One browser (its cookies are per host, not per port) signing in on a node. */
    private void signIn(String node, Journey journey) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF_FIELD.matcher(page.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "email=" + URLEncoder.encode(journey.email(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Members.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(node + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/cabinet"));
    }

    private String cabinet(String node) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(node + "/cabinet")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("GET /cabinet (a redirect would mean: not signed in)").isEqualTo(200);
        return page.body();
    }

    /** The test helpers, built on the beans of the other instance. */
    private static Journeys journeysOf(ConfigurableApplicationContext app, DevMailbox smtpServer) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        Jobs jobs = new Jobs(app.getBean(ManagementService.class), runtime);
        Mails mails = new Mails(smtpServer);
        Members members = new Members(app.getBean(Registration.class), runtime, app.getBean(JdbcClient.class),
                app.getBean(RegisteringBrowser.class));
        return new Journeys(members, jobs, mails, app.getBean(EmailConfirmation.class), app.getBean(TaskService.class),
                runtime, app.getBean(MemberSteps.class));
    }
}
