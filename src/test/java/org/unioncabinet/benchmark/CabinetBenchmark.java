package org.unioncabinet.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.SearchQueryMix;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.confirmation.RegistrationTimers;
import org.unioncabinet.registration.review.ReviewTimers;
import org.unioncabinet.registration.ticket.MembershipTimers;
import org.unioncabinet.signing.SigningTimers;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.system.CabinetProperties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;

/**
 * How close the cabinet runs to the engine's and the database's limits (issues 7 and 16, docs/benchmark.md).
 * Not a test: its name keeps it out of {@code ./mvnw verify}; {@code ./mvnw -B test -Pbenchmark} runs it
 * alone. Two processes, one PostgreSQL: this JVM is the load generator (and the SMTP server the app mails to);
 * the real app runs in a child JVM of its own with a 512 MiB heap ({@link AppProcess}), so that the CPU, GC and
 * heap measured are the app's:
 * <ol>
 * <li>single-row insert transactions per second through a pool of the app's size, K threads;</li>
 * <li>the same diagrams on a bare engine (no-op delegates) in this JVM, K threads, journeys per second;</li>
 * <li>the app (embedded Tomcat, job executor on, SMTP to this JVM): K members over HTTP, both variants, the
 * reviewer in Tasklist; journeys per second, p50/p99 per request type, errors; the CPU of the app, of
 * PostgreSQL and of the load generator per journey, counted until the app's job queue is empty;</li>
 * <li>paced: members pausing 1–3 s before each request they make by hand, at growing levels of concurrent
 * members, until the p99 limits no longer hold ({@link PacedPhase});</li>
 * <li>the organisation search over HTTP, a fixed query mix over the 100,000 demo organisations;</li>
 * <li>database transactions per journey and the app's heap after the run,</li>
 * </ol>
 * and writes the table to {@code benchmark/RESULTS.md}. Figures are measured, never asserted, except
 * that no request may fail and every journey (saturating and paced) must reach its end.
 */
class CabinetBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CabinetBenchmark.class);

    private static final int MEMBERS = Integer.getInteger("benchmark.members", 20);
    private static final int JOURNEYS_PER_MEMBER = Integer.getInteger("benchmark.journeys", 2);
    private static final int BARE_JOURNEYS_PER_THREAD = Integer.getInteger("benchmark.bareJourneys", 10);
    /** How long K members run journeys at least before the saturating phase is measured. */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSeconds", 60));
    /**
     * After {@link #WARM_UP}, the warm-up goes on in slices of this length until the JIT compiler's threads had less than
     * {@link #COMPILER_SHARE} of the app's CPU in a slice, or {@link #MAX_WARM_UP} passed.
     */
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(Integer.getInteger("benchmark.warmUpSliceSeconds", 20));
    private static final double COMPILER_SHARE = Double.parseDouble(System.getProperty("benchmark.compilerShare", "0.05"));
    private static final Duration MAX_WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.maxWarmUpSeconds", 480));
    private static final Duration CEILING_TIME = Duration.ofSeconds(Integer.getInteger("benchmark.ceilingSeconds", 5));
    private static final String DB_URL = System.getProperty("benchmark.db",
            System.getenv().getOrDefault("BENCHMARK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/union_cabinet_benchmark"));
    /** The app's pool, and the pool of the database ceiling: the same size. */
    private static final int POOL_SIZE = Integer.parseInt(System.getenv().getOrDefault("DB_POOL_SIZE", "20"));
    /** JVM options of the app's JVM besides its 512 MiB heap, e.g. a flight recording (docs/benchmark.md). */
    private static final String APP_JVM_ARGS = System.getProperty("benchmark.appJvmArgs", "");
    /** How the app's JVM is profiled: async (the default where it runs), jfr or none ({@link AppProfiler}). */
    private static final String PROFILE = System.getProperty("benchmark.profile", "");
    /** The paced phase: on unless {@code -Dbenchmark.paced=false}; the member counts tried, in order. */
    private static final boolean PACED = Boolean.parseBoolean(System.getProperty("benchmark.paced", "true"));
    private static final List<Integer> PACED_MEMBERS = Arrays.stream(System.getProperty("benchmark.pacedMembers",
            "20,50,100,200").split(",")).map(String::trim).map(Integer::valueOf).toList();
    private static final int PACED_SAMPLES = Integer.getInteger("benchmark.pacedSamples", 300);
    private static final Duration PACED_CAP = Duration.ofSeconds(Integer.getInteger("benchmark.pacedMaxSeconds", 1200));
    /** The herd at the start of a dictation edition (issue 19): on unless {@code -Dbenchmark.herd=false}. */
    private static final boolean HERD = Boolean.parseBoolean(System.getProperty("benchmark.herd", "true"));
    private static final int HERD_MEMBERS = Integer.getInteger("benchmark.herdMembers", 200);
    private static final Duration HERD_START_WINDOW = Duration.ofSeconds(Integer.getInteger("benchmark.herdStartSeconds", 5));
    /** The herd's think time before each answer, «min-max» in seconds. */
    private static final String HERD_THINK = System.getProperty("benchmark.herdThink", "5-20");
    private static final double HERD_CHANGES = Double.parseDouble(System.getProperty("benchmark.herdChanges", "0.1"));
    /** Warm-up herds of 50 members before the measured one. */
    private static final int HERD_WARM_UPS = Integer.getInteger("benchmark.herdWarmUps", 6);
    /** {@code herd}: only the herd phase, on a freshly started app (no ceiling, engine, cabinet, paced or search). */
    private static final String ONLY = System.getProperty("benchmark.only", "");
    private static final String HISTORY = "activity";
    /** PostgreSQL flushes a busy backend's counters to pg_stat_database at the latest 10 s after it goes idle. */
    private static final Duration STATS_FLUSH = Duration.ofSeconds(11);
    /** How long the jobs the load left (mails, admissions) may take to run after the last journey. */
    private static final Duration JOB_QUEUE_DRAIN = Duration.ofMinutes(5);

    private final Results results = new Results(MEMBERS);
    private AppProfiler profiler;

    @Test
    void measure() throws Exception {
        if (ONLY.equals("herd")) {
            herdOnly();
            return;
        }
        results.startedAt = Instant.now();
        results.loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        int port = freePort();
        GreenMail smtp = startSmtp();
        HikariDataSource database = pool(DB_URL);
        profiler = AppProfiler.choose(PROFILE);
        try (database; AppProcess app = startApp(port, smtp.getSmtp().getPort())) {
            JdbcClient jdbc = JdbcClient.create(database);
            results.postgres = jdbc.sql("SHOW server_version").query(String.class).single();
            results.appPid = app.pid();
            databaseCeiling(database, jdbc);
            bareEngine();
            hashing();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            WebSession signedIn = cabinet(app, jdbc, http, smtp);
            if (PACED) {
                paced(app, jdbc, http, smtp);
            }
            search(jdbc, signedIn);
            if (HERD) {
                results.herd = herd(app, database);
            }
            double[] heap = app.heapAfterFullGcMiB();
            results.heapUsedMiB = heap[0];
            results.heapMaxMiB = heap[1];
        } finally {
            smtp.stop();
        }
        if (profiler.records()) {
            // written when the app stopped
            if (results.herd != null) {
                results.herdProfile = AppProfile.split(AppProfiler.RECORDING, results.herd.window()[0],
                        results.herd.window()[1]);
            }
            results.profiler = profiler.describe();
            results.saturatingProfile = AppProfile.split(AppProfiler.RECORDING, results.saturatingWindow[0],
                    results.saturatingWindow[1]);
            if (PACED) {
                results.pacedProfile = AppProfile.split(AppProfiler.RECORDING, results.pacedWindow[0],
                        results.pacedWindow[1]);
            }
        }
        results.loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        String table = results.table();
        log.info("\n{}", table);
        results.write(Path.of("benchmark", "RESULTS.md"));
        assertThat(results.cabinetLatencies.errorCount()).as("failed requests of the cabinet: see the table").isZero();
        assertThat(results.pacedErrors()).as("failed requests of the paced phase: see the table").isZero();
        assertThat(new long[] {results.afterLoad.unfinishedJourneys(), results.afterLoad.incidents(),
                results.afterLoad.failingJobs(), results.afterLoad.jobsLeft()})
                .as("journeys not at their end, incidents, failing jobs, jobs still due after the load").containsOnly(0L);
        assertThat(new long[] {results.afterPaced.unfinishedJourneys(), results.afterPaced.incidents(),
                results.afterPaced.failingJobs(), results.afterPaced.jobsLeft()})
                .as("the same after the paced phase").containsOnly(0L);
        assertHerd();
    }

    /**
     * {@code -Dbenchmark.only=herd}: the herd on a freshly started app, without the 10+ minutes of the other parts;
     * only the herd's section of RESULTS.md is rewritten.
     */
    private void herdOnly() throws Exception {
        results.startedAt = Instant.now();
        int port = freePort();
        GreenMail smtp = startSmtp();
        HikariDataSource database = pool(DB_URL);
        profiler = AppProfiler.choose(PROFILE);
        try (database; AppProcess app = startApp(port, smtp.getSmtp().getPort())) {
            results.postgres = JdbcClient.create(database).sql("SHOW server_version").query(String.class).single();
            results.appPid = app.pid();
            results.herd = herd(app, database);
        } finally {
            smtp.stop();
        }
        if (profiler.records()) {
            results.profiler = profiler.describe();
            results.herdProfile = AppProfile.split(AppProfiler.RECORDING, results.herd.window()[0],
                    results.herd.window()[1]);
        }
        String section = results.herdSection();
        log.info("\n{}", section);
        results.writeHerd(Path.of("benchmark", "RESULTS.md"));
        assertHerd();
    }

    private void assertHerd() {
        if (results.herd == null) {
            return;
        }
        assertThat(results.herd.errors()).as("failed requests of the herd: see the table").isZero();
        assertThat(new int[] {results.herd.answerMismatches(), results.herd.scoreMismatches(), results.herd.notScored(),
                results.herd.settings().members() - results.herd.attemptsChecked()})
                .as("herd: attempts whose answers or score differ from what the members saved, not scored, missing")
                .containsOnly(0);
    }

    /** (6) The herd at the start of a dictation edition ({@link HerdPhase}). */
    private HerdPhase.Report herd(AppProcess app, HikariDataSource database) throws Exception {
        String[] think = HERD_THINK.split("-");
        HerdPhase.Settings settings = new HerdPhase.Settings(HERD_MEMBERS, HERD_START_WINDOW,
                Math.round(Double.parseDouble(think[0].trim()) * 1000), Math.round(Double.parseDouble(think[1].trim()) * 1000),
                HERD_CHANGES, HERD_WARM_UPS);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new HerdPhase(settings).run(app, database, http, passwordEncoder());
    }

    /** The SMTP server the app mails to, in this JVM. */
    private static GreenMail startSmtp() throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        return smtp;
    }

    private AppProcess startApp(int port, int smtpPort) throws IOException, InterruptedException {
        // command-line arguments: they win over application.yml and the environment, as for an operator
        List<String> jvmArgs = new ArrayList<>(Arrays.stream(APP_JVM_ARGS.trim().split("\\s+"))
                .filter(arg -> !arg.isBlank()).toList());
        jvmArgs.addAll(profiler.jvmArgs);
        return AppProcess.start(port, jvmArgs, List.of(
                "--spring.datasource.url=" + DB_URL,
                "--spring.datasource.hikari.maximum-pool-size=" + POOL_SIZE,
                "--server.port=" + port,
                "--cabinet.base-url=http://127.0.0.1:" + port,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--cabinet.dev-mailbox.enabled=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.history-level=" + HISTORY,
                "--cabinet.organisations.demo-directory=true",
                "--cabinet.organisations.demo-size=100000",
                "--cabinet.review.demo-reviewer-password=reviewer",
                // every simulated member comes from 127.0.0.1, a real wave from as many addresses as members:
                // the per-address mail limit would refuse the 31st registration of the hour
                "--cabinet.mail-limits.per-client=0",
                "--spring.main.banner-mode=off"));
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(POOL_SIZE);
        return pool;
    }

    /** (1) Single-row insert transactions through a pool of the app's size: what the database takes at most. */
    private void databaseCeiling(HikariDataSource pool, JdbcClient jdbc) throws Exception {
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS benchmark").update();
        jdbc.sql("CREATE TABLE IF NOT EXISTS benchmark.ceiling (id bigserial PRIMARY KEY, at timestamptz NOT NULL, note text)")
                .update();
        jdbc.sql("TRUNCATE benchmark.ceiling").update();
        AtomicLong inserts = new AtomicLong();
        long deadline = System.nanoTime() + CEILING_TIME.toNanos();
        long elapsed = concurrently(MEMBERS, thread -> {
            while (System.nanoTime() < deadline) {
                try (Connection connection = pool.getConnection();
                        PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO benchmark.ceiling (at, note) VALUES (now(), ?)")) {
                    insert.setString(1, "thread " + thread);
                    insert.executeUpdate();
                    inserts.incrementAndGet();
                }
            }
        });
        jdbc.sql("DROP SCHEMA benchmark CASCADE").update();
        results.insertsPerSecond = inserts.get() / seconds(elapsed);
        log.info("(1) {} inserts/s", Math.round(results.insertsPerSecond));
    }

    /** (2) The same diagrams on a standalone engine with no-op delegates, in a database of its own. */
    private void bareEngine() throws Exception {
        String bareUrl = DB_URL + "_bare";
        String name = bareUrl.substring(bareUrl.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(bareUrl.substring(0, bareUrl.lastIndexOf('/') + 1) + "postgres",
                "postgres", "")) {
            // a fresh engine schema every run, so runs compare
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
        HikariDataSource pool = pool(bareUrl);
        try (pool; BareEngine engine = new BareEngine(pool, diagramTimers(), HISTORY)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            concurrently(MEMBERS, thread -> engine.journey(new MemberData(thread % 2 == 0, RegistryFixtures.newTicketNumber())));
            Thread.sleep(STATS_FLUSH.toMillis());
            long transactionsBefore = commits(jdbc);
            long elapsed = concurrently(MEMBERS, thread -> {
                for (int i = 0; i < BARE_JOURNEYS_PER_THREAD; i++) {
                    engine.journey(new MemberData((thread + i) % 2 == 0, RegistryFixtures.newTicketNumber()));
                }
            });
            int journeys = MEMBERS * BARE_JOURNEYS_PER_THREAD;
            results.bareJourneysPerSecond = journeys / seconds(elapsed);
            Thread.sleep(STATS_FLUSH.toMillis());
            results.bareTransactionsPerJourney = (commits(jdbc) - transactionsBefore) / (double) journeys;
        }
        log.info("(2) {} bare journeys/s", round(results.bareJourneysPerSecond));
    }

    /**
     * The {@code ${…Timers}} beans of the diagrams, built as the app builds them from its {@code application.yml}
     * (the app's configuration, not its defaults in code), for the bare engine.
     */
    private static Map<String, Object> diagramTimers() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            environment.getPropertySources().addLast(source);
        }
        CabinetProperties properties = Binder.get(environment).bind("cabinet", CabinetProperties.class).get();
        return Map.of("registrationTimers", new RegistrationTimers(properties), "reviewTimers", new ReviewTimers(properties),
                "signingTimers", new SigningTimers(properties), "membershipTimers", new MembershipTimers(properties));
    }

    /**
     * The cost of one Argon2id hash and one check, on one thread of this JVM while the app is idle: the app's own
     * encoder (its package-private bean method, so the parameters cannot drift), timed here because the app's
     * JVM runs only the app now. Same JDK and machine as the app.
     */
    private void hashing() throws ReflectiveOperationException {
        PasswordEncoder encoder = passwordEncoder();
        int rounds = 10;
        // a running app's JIT has compiled the hash long ago: warm this JVM's first
        String hash = encoder.encode(Members.PASSWORD);
        for (int i = 0; i < rounds; i++) {
            encoder.matches(Members.PASSWORD, encoder.encode(Members.PASSWORD));
        }
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            hash = encoder.encode(Members.PASSWORD);
        }
        results.encodeMillis = (System.nanoTime() - started) / 1e6 / rounds;
        started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            encoder.matches(Members.PASSWORD, hash);
        }
        results.matchesMillis = (System.nanoTime() - started) / 1e6 / rounds;
    }

    /** The app's own password encoder, built from its package-private bean method. */
    private static PasswordEncoder passwordEncoder() throws ReflectiveOperationException {
        Class<?> configuration = Class.forName("org.unioncabinet.account.PasswordHashing");
        Constructor<?> constructor = configuration.getDeclaredConstructor();
        constructor.setAccessible(true);
        Method bean = configuration.getDeclaredMethod("passwordEncoder");
        bean.setAccessible(true);
        return (PasswordEncoder) bean.invoke(constructor.newInstance());
    }

    /** (3) K members over HTTP against the running app; returns a signed-in member's session for the search. */
    private WebSession cabinet(AppProcess app, JdbcClient jdbc, HttpClient http, GreenMail smtp) throws Exception {
        RegistryFixtures registry = new RegistryFixtures(jdbc);
        ObjectMapper json = new ObjectMapper();

        List<String> nodes = List.of(app.base);
        Inbox inbox = new GreenMailInbox(smtp);
        Latencies warmUp = new Latencies();
        MemberJourney warmUpJourney = new MemberJourney(http, nodes, warmUp, inbox,
                MemberJourney.reviewer(http, nodes, warmUp, "reviewer", "reviewer"), json);
        List<WebSession> signedIn = Collections.synchronizedList(new ArrayList<>());
        // Until the JIT has compiled the hot code, a cost a node serving a wave for hours pays once: after a warm-up of
        // 4 journeys the JIT compiler still had 29 % of the app's CPU samples in the measured window, after 60 s 13 %
        // (2026-12-06; a 2-core JVM has one C2 thread, and a large code base keeps it busy for minutes).
        AtomicBoolean warm = new AtomicBoolean();
        results.warmUpSlice = WARM_UP_SLICE.toSeconds();
        results.compilerShareBound = COMPILER_SHARE;
        Thread watch = new Thread(() -> watchWarmUp(app, warm), "warm-up watch");
        watch.start();
        long warmUpStarted = System.nanoTime();
        concurrently(MEMBERS, thread -> {
            int journey = 0;
            do {
                signedIn.add(warmUpJourney.run(member(registry, (thread + journey++) % 2 == 0)));
            } while (!warm.get());
        });
        watch.join();
        results.warmUpSeconds = seconds(System.nanoTime() - warmUpStarted);
        if (warmUp.errorCount() > 0) {
            results.cabinetLatencies.error("warm-up", String.join("; ", warmUp.errorSamples()));
        }

        Latencies latencies = results.cabinetLatencies;
        MemberJourney journey = new MemberJourney(http, nodes, latencies, inbox,
                MemberJourney.reviewer(http, nodes, latencies, "reviewer", "reviewer"), json);
        List<List<MemberData>> members = new ArrayList<>();
        for (int thread = 0; thread < MEMBERS; thread++) {
            List<MemberData> own = new ArrayList<>();
            for (int i = 0; i < JOURNEYS_PER_MEMBER; i++) {
                own.add(member(registry, (thread + i) % 2 == 0));
            }
            members.add(own);
        }
        awaitEmptyJobQueue(jdbc);
        Thread.sleep(STATS_FLUSH.toMillis());
        long transactionsBefore = commits(jdbc);
        Cpu before = Cpu.now(app, jdbc);
        long compilerBefore = app.compilerCpuNanos();
        double gcBefore = app.gcSeconds();
        AtomicInteger completed = new AtomicInteger();
        Timestamp loadStarted = Timestamp.from(Instant.now());
        results.saturatingWindow[0] = loadStarted.toInstant();
        long elapsed = concurrently(MEMBERS, thread -> {
            for (MemberData member : members.get(thread)) {
                try {
                    journey.run(member);
                    completed.incrementAndGet();
                } catch (RuntimeException e) {
                    latencies.error(e instanceof WebSession.UnexpectedResponse unexpected ? unexpected.type : "journey",
                            e.toString());
                }
            }
        });
        long drainStarted = System.nanoTime();
        long jobsLeft = awaitEmptyJobQueue(jdbc);
        results.drainSeconds = seconds(System.nanoTime() - drainStarted);
        Cpu after = Cpu.now(app, jdbc);
        results.saturatingWindow[1] = Instant.now();
        results.appCpuSeconds = (after.app - before.app) / 1e9;
        results.compilerCpuSeconds = (app.compilerCpuNanos() - compilerBefore) / 1e9;
        results.postgresCpuSeconds = (after.postgres - before.postgres) / 1e9;
        results.postgresBackendsCpuSeconds = after.backendsSince(before) / 1e9;
        results.loadGeneratorCpuSeconds = (after.loadGenerator - before.loadGenerator) / 1e9;
        results.gcSeconds = app.gcSeconds() - gcBefore;
        results.cabinetSeconds = seconds(elapsed);
        results.journeys = completed.get();
        results.cabinetJourneysPerSecond = completed.get() / seconds(elapsed);
        Thread.sleep(STATS_FLUSH.toMillis());
        results.transactionsPerJourney = (commits(jdbc) - transactionsBefore) / (double) Math.max(1, completed.get());
        results.afterLoad = afterLoad(jdbc, loadStarted, jobsLeft);
        log.info("(3) {} cabinet journeys/s, {} errors", round(results.cabinetJourneysPerSecond),
                latencies.errorCount());
        return signedIn.get(0);
    }

    /**
     * Ends the warm-up ({@code warm}) once {@link #WARM_UP} has passed and then the JIT compiler's threads had less than
     * {@link #COMPILER_SHARE} of the app's CPU in one slice of {@link #WARM_UP_SLICE}, or at {@link #MAX_WARM_UP}
     * whatever their share; the last slice's share goes into the results.
     */
    private void watchWarmUp(AppProcess app, AtomicBoolean warm) {
        long started = System.nanoTime();
        try {
            Thread.sleep(WARM_UP.toMillis());
            while (true) {
                long cpu = app.cpuNanos();
                long compiler = app.compilerCpuNanos();
                Thread.sleep(WARM_UP_SLICE.toMillis());
                double share = (app.compilerCpuNanos() - compiler) / (double) Math.max(1, app.cpuNanos() - cpu);
                results.warmUpCompilerShare = share;
                log.info("warm-up: the JIT compiler had {} % of the app's CPU in the last {} s", round(share * 100),
                        WARM_UP_SLICE.toSeconds());
                if (share < COMPILER_SHARE || System.nanoTime() - started >= MAX_WARM_UP.toNanos()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            warm.set(true);
        }
    }

    /**
     * Every journey started since {@code started} ran to its end event, nothing is stuck (a missing mail fails its
     * journey), no incident, no failing job.
     */
    private static Results.AfterLoad afterLoad(JdbcClient jdbc, Timestamp started, long jobsLeft) {
        long unfinished = jdbc.sql("SELECT count(*) FROM public.act_hi_procinst WHERE proc_def_key_ = :key"
                + " AND start_time_ >= :started AND end_time_ IS NULL")
                .param("key", RegistrationProcess.KEY).param("started", started).query(Long.class).single();
        long incidents = jdbc.sql("SELECT count(*) FROM public.act_ru_incident WHERE incident_timestamp_ >= :started")
                .param("started", started).query(Long.class).single();
        long failingJobs = jdbc.sql("SELECT count(*) FROM public.act_ru_job j JOIN public.act_hi_procinst p"
                + " ON p.proc_inst_id_ = j.process_instance_id_ WHERE j.exception_msg_ IS NOT NULL"
                + " AND p.start_time_ >= :started").param("started", started).query(Long.class).single();
        return new Results.AfterLoad(unfinished, incidents, failingJobs, jobsLeft);
    }

    /**
     * (3b) The paced phase: members with 1–3 s think time at growing levels ({@link PacedPhase}), after the
     * saturating phase on the same app (warm); then the same checks as after the saturating phase.
     */
    private void paced(AppProcess app, JdbcClient jdbc, HttpClient http, GreenMail smtp) throws Exception {
        RegistryFixtures registry = new RegistryFixtures(jdbc);
        List<String> nodes = List.of(app.base);
        Latencies reviewerLogin = new Latencies();
        MemberJourney journey = new MemberJourney(http, nodes, reviewerLogin, new GreenMailInbox(smtp),
                MemberJourney.reviewer(http, nodes, reviewerLogin, "reviewer", "reviewer"), new ObjectMapper());
        Timestamp started = Timestamp.from(Instant.now());
        results.pacedWindow[0] = started.toInstant();
        long[] jobsLeft = new long[1];
        results.pacedLevels = new PacedPhase(PACED_MEMBERS, PACED_SAMPLES, PACED_CAP).run(journey,
                number -> member(registry, number % 2 == 0),
                () -> jobsLeft[0] = Math.max(jobsLeft[0], awaitEmptyJobQueue(jdbc)));
        results.pacedWindow[1] = Instant.now();
        results.pacedSamples = PACED_SAMPLES;
        results.pacedCapSeconds = PACED_CAP.toSeconds();
        results.afterPaced = afterLoad(jdbc, started, jobsLeft[0]);
    }

    /** A member of the load: with a ticket, they are put into the registry first, as an import would. */
    static MemberData member(RegistryFixtures registry, boolean hasTicket) {
        if (!hasTicket) {
            return new MemberData(false, null);
        }
        return new MemberData(true, registry.add(MemberData.LAST_NAME_VALUE, MemberData.FIRST_NAME_VALUE,
                MemberData.MIDDLE_NAME_VALUE, MemberData.BIRTH_DATE_VALUE).ticketNumber());
    }

    /**
     * (4) The query mix over HTTP, one member typing at a time, after a warm-up round; then the same mix
     * straight on the search service, which tells the search from the web layer around it.
     */
    private void search(JdbcClient jdbc, WebSession member) throws ReflectiveOperationException {
        results.organisations = jdbc.sql("SELECT count(*) FROM app.educational_organisation").query(Long.class).single();
        List<String> mix = SearchQueryMix.of(jdbc, 200);
        Latencies warmUp = new Latencies();
        WebSession warm = member.withLatencies(warmUp);
        mix.forEach(query -> warm.get("search", "/cabinet/organisations?q=" + WebSession.encode(query), 200));
        WebSession timed = member.withLatencies(results.searchLatencies);
        for (int round = 0; round < 3; round++) {
            mix.forEach(query -> timed.get("GET /cabinet/organisations (query mix)",
                    "/cabinet/organisations?q=" + WebSession.encode(query), 200));
        }
        OrganisationSearch service = searchService(jdbc);
        mix.forEach(query -> service.search(query, OrganisationSearch.MAX_LIMIT));
        for (int round = 0; round < 3; round++) {
            for (String query : mix) {
                long started = System.nanoTime();
                service.search(query, OrganisationSearch.MAX_LIMIT);
                results.searchServiceLatencies.record("OrganisationSearch.search", System.nanoTime() - started);
            }
        }
        results.searchQueries = mix.size();
    }

    private static long commits(JdbcClient jdbc) {
        return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }

    /**
     * The app's search service, built here over the same database as the app builds it (package-private
     * constructors): the query mix without the app's web layer, sessions and security, and without its HTTP.
     */
    private static OrganisationSearch searchService(JdbcClient jdbc) throws ReflectiveOperationException {
        Constructor<?> frequencies = Class.forName("org.unioncabinet.organisation.LexemeFrequencies")
                .getDeclaredConstructor(JdbcClient.class, Clock.class);
        frequencies.setAccessible(true);
        Constructor<OrganisationSearch> search = OrganisationSearch.class.getDeclaredConstructor(JdbcClient.class,
                frequencies.getDeclaringClass());
        search.setAccessible(true);
        return search.newInstance(jdbc, frequencies.newInstance(jdbc, Clock.systemUTC()));
    }

    /**
     * Waits until the app's engine has no job due or locked (the mails and admissions the load left behind): the
     * end of the window in which the CPU of a journey is counted. Timers set for later (reminders, code lifetimes)
     * are not due and do not count. Returns the jobs still due when the wait gave up (0 when it did not).
     */
    private static long awaitEmptyJobQueue(JdbcClient jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_QUEUE_DRAIN.toNanos();
        long due;
        do {
            due = jdbc.sql("SELECT count(*) FROM public.act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1"
                    + " AND (duedate_ IS NULL OR duedate_ <= now() OR lock_exp_time_ > now())").query(Long.class).single();
            if (due == 0) {
                return 0;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return due;
    }

    /** CPU used so far by the app's JVM, the PostgreSQL server, its backends of the app's database, and this JVM. */
    record Cpu(long app, long postgres, Map<Long, Long> backends, long loadGenerator) {

        static Cpu now(AppProcess app, JdbcClient jdbc) {
            Set<Long> backends = new HashSet<>(jdbc.sql("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
                    .query(Long.class).list());
            return new Cpu(app.cpuNanos(), ProcCpu.ofPostgresServer(), ProcCpu.ofProcesses(backends),
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime());
        }

        /**
         * The CPU of the app database's backends between two readings: those alive at both, and those that
         * connected in between, from zero. A backend that ended in between is lost (the pools keep their
         * connections, so there are few); the server's total counts it.
         */
        long backendsSince(Cpu before) {
            return backends.entrySet().stream()
                    .mapToLong(backend -> backend.getValue() - before.backends.getOrDefault(backend.getKey(), 0L)).sum();
        }
    }

    /** Work for one thread of {@link #concurrently}. */
    interface ThreadWork {
        void run(int thread) throws Exception;
    }

    /** Runs the work on {@code threads} threads at once; returns the wall time in nanoseconds. */
    static long concurrently(int threads, ThreadWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int number = thread;
                done.add(pool.submit(() -> {
                    work.run(number);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return System.nanoTime() - started;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
