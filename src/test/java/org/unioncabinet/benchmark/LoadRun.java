package org.unioncabinet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.RegistryFixtures;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The load run against an instance that is already running (docs/benchmark.md «Load run»): N concurrent members through
 * complete journeys of both variants, the demo reviewer approving in Tasklist, over HTTP only, reading the
 * mails where the instance sends them. Several nodes can be given: every member's requests go to them in turn.
 * Afterwards, through the Camunda admin's Cockpit API, as an operator would look: every journey started by the
 * load is at its end, no incident, no failing job; and no member got the same mail twice. Prints the counts and
 * the per-request latencies; fails if anything went wrong. Not a test: {@code ./mvnw -B test -Pload} runs it
 * alone.
 */
class LoadRun {

    private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

    private static final List<String> NODES = Arrays.stream(System.getProperty("load.target", "http://localhost:8080")
            .split(",")).map(String::trim).map(node -> node.replaceAll("/+$", "")).toList();
    private static final int MEMBERS = Integer.getInteger("load.members", 20);
    private static final int JOURNEYS_PER_MEMBER = Integer.getInteger("load.journeys", 2);
    private static final String MAILBOX = System.getProperty("load.mailbox", "dev");
    private static final String REVIEWER = System.getProperty("load.reviewer", "reviewer:reviewer");
    private static final String ADMIN = System.getProperty("load.admin", "admin:admin");
    /** Variant 1 needs its members in the registry: they are written to the instance's database first. */
    private static final String DB = System.getProperty("load.db", "jdbc:postgresql://127.0.0.1:5432/union_cabinet");
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";
    /** The engine REST API's date format. */
    private static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    @Test
    void drive() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        Inbox inbox = Inbox.of(MAILBOX, NODES, http, json);
        Latencies latencies = new Latencies();
        WebSession admin = MemberJourney.camundaUser(http, NODES, new Latencies(), "admin", "cockpit",
                user(ADMIN), password(ADMIN));
        long failingJobsBefore = count(admin, json, "/job/count?withException=true");

        DriverManagerDataSource database = new DriverManagerDataSource(DB, "postgres", "");
        RegistryFixtures registry = new RegistryFixtures(JdbcClient.create(database));
        List<List<MemberData>> members = new ArrayList<>();
        for (int thread = 0; thread < MEMBERS; thread++) {
            List<MemberData> own = new ArrayList<>();
            for (int i = 0; i < JOURNEYS_PER_MEMBER; i++) {
                own.add(CabinetBenchmark.member(registry, (thread + i) % 2 == 0));
            }
            members.add(own);
        }
        MemberJourney journey = new MemberJourney(http, NODES, latencies, inbox,
                MemberJourney.reviewer(http, NODES, latencies, user(REVIEWER), password(REVIEWER)), user(REVIEWER), json);

        // the engine stores times to the millisecond: a journey started in this millisecond counts
        Instant started = Instant.now().minusMillis(1);
        AtomicInteger variant1 = new AtomicInteger();
        AtomicInteger variant2 = new AtomicInteger();
        long elapsed = CabinetBenchmark.concurrently(MEMBERS, thread -> {
            for (MemberData member : members.get(thread)) {
                try {
                    journey.run(member);
                    (member.hasTicket ? variant1 : variant2).incrementAndGet();
                } catch (RuntimeException e) {
                    latencies.error(e instanceof WebSession.UnexpectedResponse unexpected ? unexpected.type : "journey",
                            e.toString());
                }
            }
        });

        String since = WebSession.encode(ENGINE_TIME.format(started));
        long unfinished = count(admin, json, "/history/process-instance/count?processDefinitionKey="
                + RegistrationProcess.KEY + "&unfinished=true&startedAfter=" + since);
        long startedDuringRun = count(admin, json, "/history/process-instance/count?processDefinitionKey="
                + RegistrationProcess.KEY + "&startedAfter=" + since);
        long incidents = count(admin, json, "/incident/count?incidentTimestampAfter=" + since);
        long failingJobs = count(admin, json, "/job/count?withException=true") - failingJobsBefore;
        List<String> twice = members.stream().flatMap(List::stream).flatMap(member -> sentTwice(inbox, member)).toList();

        int planned = MEMBERS * JOURNEYS_PER_MEMBER;
        StringBuilder report = new StringBuilder("\n## Load run\n\n")
                .append("Nodes: ").append(String.join(", ", NODES)).append("; mail read from ").append(MAILBOX).append('\n')
                .append(MEMBERS).append(" concurrent members × ").append(JOURNEYS_PER_MEMBER).append(" journeys = ")
                .append(planned).append(" journeys in ").append(round(CabinetBenchmark.seconds(elapsed))).append(" s (")
                .append(round((variant1.get() + variant2.get()) / CabinetBenchmark.seconds(elapsed))).append(" journeys/s)\n\n")
                .append("| Check | Count |\n|---|---|\n")
                .append("| journeys to the cabinet, variant 1 («Да») | ").append(variant1).append(" |\n")
                .append("| journeys to the cabinet, variant 2 («Нет», approved in Tasklist) | ").append(variant2).append(" |\n")
                .append("| journeys that failed (see the errors) | ").append(planned - variant1.get() - variant2.get()).append(" |\n")
                .append("| registration processes started during the run | ").append(startedDuringRun).append(" |\n")
                .append("| … of them not at their end | ").append(unfinished).append(" |\n")
                .append("| incidents since the start | ").append(incidents).append(" |\n")
                .append("| new failing jobs | ").append(failingJobs).append(" |\n")
                .append("| mails a member got twice | ").append(twice.size()).append(" |\n")
                .append("| failed requests | ").append(latencies.errorCount()).append(" |\n\n")
                .append("| Request | Count | p50 ms | p99 ms | max ms | Errors |\n|---|---|---|---|---|---|\n");
        for (Latencies.Summary summary : latencies.summaries()) {
            report.append("| ").append(summary.type()).append(" | ").append(summary.count()).append(" | ")
                    .append(round(summary.p50())).append(" | ").append(round(summary.p99())).append(" | ")
                    .append(round(summary.max())).append(" | ").append(summary.errors()).append(" |\n");
        }
        latencies.errorSamples().forEach(sample -> report.append("- ").append(sample).append('\n'));
        twice.forEach(mail -> report.append("- twice: ").append(mail).append('\n'));
        log.info(report.toString());

        assertThat(latencies.errorCount()).as("failed requests: see the report").isZero();
        assertThat(variant1.get() + variant2.get()).as("journeys to the cabinet").isEqualTo(planned);
        assertThat(Map.of("not at their end", unfinished, "incidents", incidents, "new failing jobs", failingJobs,
                "mails sent twice", (long) twice.size())).as("after the load").allSatisfy((what, count) -> assertThat(count)
                        .as(what).isZero());
    }

    /** The subjects of the mails a member got more than once (nothing in this journey is sent twice on purpose). */
    private static Stream<String> sentTwice(Inbox inbox, MemberData member) {
        Map<String, Long> subjects = inbox.to(member.email).stream()
                .collect(Collectors.groupingBy(Inbox.Mail::subject, Collectors.counting()));
        return subjects.entrySet().stream().filter(subject -> subject.getValue() > 1)
                .map(subject -> member.email + ": «" + subject.getKey() + "» × " + subject.getValue());
    }

    private static long count(WebSession admin, ObjectMapper json, String query) throws Exception {
        String body = admin.get("admin: GET " + query.substring(0, query.indexOf('?')), ENGINE_API + query, 200).body();
        return json.readTree(body).get("count").asLong();
    }

    private static String user(String credentials) {
        return credentials.substring(0, credentials.indexOf(':'));
    }

    private static String password(String credentials) {
        return credentials.substring(credentials.indexOf(':') + 1);
    }

    private static double round(double value) {
        return CabinetBenchmark.round(value);
    }
}
