package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;
import org.unioncabinet.support.ProductionStart;

/**
 * The {@code prod} profile refuses to start with unsafe settings, before the engine, in one log line naming the
 * setting. The real application is started in prod with each setting missing (it fails while its environment is
 * prepared, in well under a second); the rules themselves are checked against an environment.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartupTest {

    private static final Map<String, String> SAFE = ProductionStart.SAFE;

    @Test
    void refusesToStartWithoutAnAdminPassword(CapturedOutput output) {
        assertRefusedNaming(output, "ADMIN_PASSWORD", "camunda.bpm.admin-user.password", "");
    }

    @Test
    void refusesToStartWithoutABaseUrl(CapturedOutput output) {
        assertRefusedNaming(output, "BASE_URL", "cabinet.base-url", "");
    }

    @Test
    void refusesToStartWithTheComposeFilesOldDatabasePassword(CapturedOutput output) {
        assertRefusedNaming(output, "DB_PASSWORD", "spring.datasource.password", "cabinet");
    }

    @Test
    void startsPastTheCheckWithSafeSettingsAndNoDemoData() {
        ConfigurableEnvironment prod = ProductionStart.environment();

        assertThat(prod.getProperty("cabinet.dev-mailbox.enabled")).isEqualTo("false");
        assertThat(prod.getProperty("cabinet.review.demo-reviewer-password")).as("no demo reviewer").isEmpty();
        assertThat(prod.getProperty("cabinet.registry.demo-data")).isEqualTo("false");
        assertThat(prod.getProperty("cabinet.organisations.demo-directory")).isEqualTo("false");
        assertThat(prod.getProperty("cabinet.dictation.demo-edition")).as("no demo dictation edition").isEqualTo("false");
        assertThat(prod.getProperty("cabinet.database.create-if-missing")).isEqualTo("false");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }

    @Test
    void acceptsSafeSettingsAndALocalTrialOverPlainHttp() {
        assertThat(ProductionSettingsCheck.problems(environment(SAFE))).isEmpty();
        assertThat(ProductionSettingsCheck.problems(environment(Map.of("cabinet.base-url", "http://localhost:8080"))))
                .isEmpty();
        assertThat(ProductionSettingsCheck.problems(environment(Map.of("cabinet.base-url", "https://лк.профсоюз.рф"))))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "http://cabinet.example.org", "cabinet.example.org", "https://", "ftp://localhost",
        "https://cabinet.example.org/", "https://user:pw@cabinet.example.org", "https://cabinet.example.org?x=1",
        "javascript:alert(1)", "http://localhost.evil.example", "https://cabinet example.org"})
    void refusesABaseUrlThatIsNotHttps(String baseUrl) {
        assertOnlyRefused("BASE_URL", Map.of("cabinet.base-url", baseUrl));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "admin", "operator", "change-me-admin-password"})
    void refusesAMissingOrDefaultAdminPassword(String password) {
        assertOnlyRefused("ADMIN_PASSWORD",
                Map.of("camunda.bpm.admin-user.id", "operator", "camunda.bpm.admin-user.password", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cabinet", "postgres", "Postgres", "union", "Change-me-database-password"})
    void refusesAKnownDatabasePassword(String password) {
        assertOnlyRefused("DB_PASSWORD",
                Map.of("spring.datasource.username", "union", "spring.datasource.password", password));
    }

    /** A stack started from .env.example as it is (docker-compose accepts it) must not run with its passwords. */
    @Test
    void refusesThePlaceholderPasswordsOfEnvExample() throws IOException {
        Properties example = new Properties();
        try (Reader file = Files.newBufferedReader(Path.of(".env.example"))) {
            example.load(file);
        }
        Map<String, String> settings = Map.of("camunda.bpm.admin-user.id", example.getProperty("ADMIN_USER"),
                "camunda.bpm.admin-user.password", example.getProperty("ADMIN_PASSWORD"),
                "cabinet.base-url", example.getProperty("BASE_URL"),
                "spring.datasource.username", example.getProperty("DB_USER"),
                "spring.datasource.password", example.getProperty("DB_PASSWORD"));

        assertThat(ProductionSettingsCheck.problems(environment(settings))).hasSize(2)
                .anyMatch(problem -> problem.startsWith("ADMIN_PASSWORD")).anyMatch(problem -> problem.startsWith("DB_PASSWORD"));
    }

    @Test
    void namesEveryUnsafeSettingAtOnce() {
        assertThat(ProductionSettingsCheck.problems(new MockEnvironment()))
                .hasSize(3).anyMatch(problem -> problem.startsWith("ADMIN_PASSWORD"))
                .anyMatch(problem -> problem.startsWith("BASE_URL")).anyMatch(problem -> problem.startsWith("DB_PASSWORD"));
    }

    private static void assertOnlyRefused(String variable, Map<String, String> settings) {
        assertThat(ProductionSettingsCheck.problems(environment(settings))).singleElement().asString().startsWith(variable);
    }

    private static void assertRefusedNaming(CapturedOutput output, String variable, String property, String value) {
        Map<String, String> settings = new LinkedHashMap<>(SAFE);
        settings.put(property, value);
        Instant start = Instant.now();

        assertThatThrownBy(() -> ProductionStart.run(settings))
                .isInstanceOf(UnsafeSettingsException.class)
                .satisfies(refusal -> assertThat(((UnsafeSettingsException) refusal).problems())
                        .singleElement().asString().startsWith(variable));

        assertThat(Duration.between(start, Instant.now())).as("fails before the engine").isLessThan(Duration.ofSeconds(10));
        List<String> lines = Arrays.asList(output.getAll().split("\\R"));
        assertThat(lines).filteredOn(line -> line.contains("refuses to start")).singleElement().asString()
                .contains("ERROR").contains(variable);
        assertThat(lines).as("no stack trace, no banner, no engine")
                .noneMatch(line -> line.startsWith("\tat ") || line.contains("APPLICATION FAILED TO START")
                        || line.contains("ENGINE-"));
    }

    private static MockEnvironment environment(Map<String, String> settings) {
        MockEnvironment environment = new MockEnvironment();
        SAFE.forEach(environment::setProperty);
        settings.forEach(environment::setProperty);
        return environment;
    }
}
