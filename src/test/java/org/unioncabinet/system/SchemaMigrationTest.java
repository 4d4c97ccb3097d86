package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.unioncabinet.UnionCabinetApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stack's order, on a fresh database as PostgreSQL's image leaves it (created, empty), in the {@code prod} profile:
 * a serving node started too early refuses to start and creates nothing; the {@code migrate} service's {@code --migrate-schema} creates every table and exits 0; then a serving node with
 * {@code DB_SCHEMA_UPDATE=false} starts on it (healthy, as the container's {@link HealthProbe} sees it) having only
 * validated the schema, and logs JSON lines carrying each request's id. Each is a JVM of the app of its own, as in the stack (the command ends its JVM): two starts of
 * the app without demo data and one that stops at Flyway, no Spring context in this JVM.
 */
class SchemaMigrationTest {

    private static final String TEST_URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/union_cabinet_test");
    private static final String DATABASE = TEST_URL.substring(TEST_URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "")
            + "_migrate";
    private static final String SERVER = TEST_URL.substring(0, TEST_URL.lastIndexOf('/') + 1);
    private static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    private static final Duration START = Duration.ofMinutes(4);
    private static final Path LOGS = Path.of("target", "schema-migration");
    /** The stack's serving node: no schema updates, and no jobs here (there is no mail relay). */
    private static final Map<String, String> NODE = Map.of("DB_SCHEMA_UPDATE", "false", "JOBS_ENABLED", "false");

    @BeforeAll
    static void freshDatabase() throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        maintenance("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void theMigrateServiceCreatesTheSchemaAndExitsThenANodeStartsWithoutChangingIt() throws Exception {
        JdbcClient database = JdbcClient.create(new SingleConnectionDataSource(SERVER + DATABASE, USER, "", true));
        Process early = app("early-node", NODE);
        assertThat(early.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("a node before migrate ends").isTrue();
        assertThat(early.exitValue()).as("a node before migrate refuses to start").isNotZero();
        assertThat(log("early-node")).contains("Validate failed");
        assertThat(database.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('public', 'app')")
                .query(Long.class).single()).as("and creates no table").isZero();

        Process migrate = app("migrate", Map.of(), "--migrate-schema");
        assertThat(migrate.waitFor(START.toSeconds(), TimeUnit.SECONDS)).as("migrate ends: " + log("migrate")).isTrue();
        assertThat(migrate.exitValue()).as(log("migrate")).isZero();

        assertThat(database.sql("SELECT count(*) FROM app.flyway_schema_history WHERE NOT success").query(Long.class)
                .single()).as("every migration applied").isZero();
        assertThat(database.sql("SELECT count(*) FROM app.flyway_schema_history WHERE type = 'SQL'").query(Long.class).single())
                .isEqualTo(migrations());
        assertThat(database.sql("SELECT version_ FROM act_ge_schema_log").query(String.class).list())
                .as("the engine's tables, created by its create scripts").contains("7.24.0");
        assertThat(database.sql("SELECT count(*) FROM act_re_procdef WHERE key_ = 'registration'").query(Long.class)
                .single()).as("the diagrams deployed").isEqualTo(1);
        assertThat(log("migrate")).contains("Migrating schema");

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Map<String, String> node = new HashMap<>(NODE);
        node.put("PORT", String.valueOf(port));
        Process serving = app("node", node);
        try {
            assertThat(awaitHealthy(serving, "http://127.0.0.1:" + port + "/actuator/health")).as(log("node")).isEqualTo("UP");
            assertThat(log("node")).contains("Successfully validated").doesNotContain("Migrating schema");
            aRequestsLogLinesAreJsonWithItsId("http://127.0.0.1:" + port);
        } finally {
            serving.destroy();
            serving.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What the option forces, above what the environment (here an operator's .env) says. */
    @Test
    void migrateSchemaTurnsSchemaUpdatesOnAndJobsOffWhateverTheEnvironmentSays() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("operator", Map.of(
                "cabinet.database.schema-update", "false", "camunda.bpm.database.schema-update", "false",
                "camunda.bpm.job-execution.enabled", "true", "server.port", "8080")));
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--migrate-schema"));

        new SchemaMigrationMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("cabinet.database.schema-update")).isEqualTo("true");
        assertThat(environment.getProperty("camunda.bpm.database.schema-update")).isEqualTo("true");
        assertThat(environment.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("server.port")).isEqualTo("0");
    }

    @Test
    void withoutTheOptionTheEnvironmentIsLeftAsItIs() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource("--import-registry=/data/r.csv"));

        new SchemaMigrationMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(SchemaMigrationMode.PROPERTY_SOURCE)).isFalse();
    }

    /**
     * Prod's log: every line a JSON object (no banner, no plain text), and a line a request causes (here the refusal of
     * a NUL character, one INFO line) carries the id the response gave in {@code X-Request-Id}, not the one sent.
     */
    private static void aRequestsLogLinesAreJsonWithItsId(String node) throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node + "/login?q=%00")).header(RequestIdFilter.HEADER, "forged-by-the-client").build(),
                HttpResponse.BodyHandlers.ofString());
        String requestId = refused.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        assertThat(requestId).isNotEqualTo("forged-by-the-client");

        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<JsonNode> lines;
        do {
            lines = new ArrayList<>();
            for (String line : log("node").split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(json.readTree(line));
                }
            }
        } while (lines.stream().noneMatch(line -> requestId.equals(line.path(RequestIdFilter.MDC_KEY).asText()))
                && System.nanoTime() < deadline);
        assertThat(lines).as("every line of the node's output is JSON").allMatch(JsonNode::isObject)
                .filteredOn(line -> requestId.equals(line.path(RequestIdFilter.MDC_KEY).asText())).singleElement()
                .satisfies(line -> assertThat(line.path("message").asText()).contains("NUL character: GET /login"))
                .satisfies(line -> assertThat(line.path("log").path("level").asText()).isEqualTo("INFO"))
                .satisfies(line -> assertThat(line.has("@timestamp")).isTrue());
    }

    private static String awaitHealthy(Process node, String url) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        String outcome = "not asked";
        while (System.nanoTime() < deadline && node.isAlive()) {
            outcome = HealthProbe.check(url);
            if (outcome.equals("UP")) {
                return outcome;
            }
            Thread.sleep(500);
        }
        return node.isAlive() ? outcome : "exited with " + node.exitValue();
    }

    /** The app in {@code prod} as the stack's environment starts it, on this test's database, in a JVM of its own. */
    private static Process app(String name, Map<String, String> settings, String... arguments) throws IOException {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "DB_URL", SERVER + DATABASE,
                "DB_USER", USER,
                // PostgreSQL trusts this machine's connections; prod refuses an empty or known password by name
                "DB_PASSWORD", "a long database secret",
                "DB_POOL_SIZE", "4",
                "BASE_URL", "https://cabinet.example.org",
                "ADMIN_PASSWORD", "a long admin secret"));
        environment.putAll(settings);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", appClasspath(), UnionCabinetApplication.class.getName()));
        command.addAll(List.of(arguments));
        Files.createDirectories(LOGS);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static String log(String name) {
        try {
            return Files.readString(LOGS.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The test JVM's class path without the test classes: the app as its jar has it. */
    private static String appClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separator, "/").replaceAll("/$", "").endsWith("test-classes"))
                .toList());
    }

    private static long migrations() throws IOException {
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static void maintenance(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
