package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.unioncabinet.support.AppJvm;

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

    private static final Path LOGS = Path.of("target", "schema-migration");
    /** The stack's serving node: no schema updates, and no jobs here (there is no mail relay). */
    private static final Map<String, String> NODE = Map.of("DB_SCHEMA_UPDATE", "false", "JOBS_ENABLED", "false");

    private static String database;
    private static AppJvm app;

    @BeforeAll
    static void freshDatabase() throws SQLException {
        database = AppJvm.freshDatabase("_migrate");
        app = AppJvm.fromClasspath(LOGS, AppJvm.prod(database));
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        AppJvm.dropDatabase(database);
    }

    @Test
    void theMigrateServiceCreatesTheSchemaAndExitsThenANodeStartsWithoutChangingIt() throws Exception {
        JdbcClient tables = JdbcClient.create(new SingleConnectionDataSource(AppJvm.SERVER + database, AppJvm.USER, "",
                true));
        assertThat(app.run("early-node", NODE)).as("a node before migrate refuses to start").isNotZero();
        assertThat(log("early-node")).contains("Validate failed");
        assertThat(tables.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema IN ('public', 'app')")
                .query(Long.class).single()).as("and creates no table").isZero();

        assertThat(app.run("migrate", Map.of(), "--migrate-schema")).as(log("migrate")).isZero();

        assertThat(tables.sql("SELECT count(*) FROM app.flyway_schema_history WHERE NOT success").query(Long.class)
                .single()).as("every migration applied").isZero();
        assertThat(tables.sql("SELECT count(*) FROM app.flyway_schema_history WHERE type = 'SQL'").query(Long.class).single())
                .isEqualTo(migrations());
        assertThat(tables.sql("SELECT version_ FROM act_ge_schema_log").query(String.class).list())
                .as("the engine's tables, created by its create scripts").contains("7.24.0");
        assertThat(tables.sql("SELECT count(*) FROM act_re_procdef WHERE key_ = 'registration'").query(Long.class)
                .single()).as("the diagrams deployed").isEqualTo(1);
        assertThat(log("migrate")).contains("Migrating schema");

        int port = AppJvm.freePort();
        Map<String, String> node = new HashMap<>(NODE);
        node.put("PORT", String.valueOf(port));
        Process serving = app.start("node", node);
        try {
            assertThat(AppJvm.awaitHealthy(serving, "http://127.0.0.1:" + port + "/actuator/health", HealthProbe::check)).as(log("node")).isEqualTo("UP");
            assertThat(log("node")).contains("Successfully validated").doesNotContain("Migrating schema");
            aRequestsLogLinesAreJsonWithItsId("http://127.0.0.1:" + port);
        } finally {
            AppJvm.stop(serving);
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

    private static String log(String name) {
        return app.log(name);
    }

    private static long migrations() throws IOException {
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql")).count();
        }
    }
}
