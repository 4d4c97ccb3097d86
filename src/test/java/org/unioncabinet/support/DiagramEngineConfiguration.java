package org.unioncabinet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * The bare engine of the diagram tests ({@code diagram-tests.cfg.xml}): the real engine on PostgreSQL, as in
 * production, in a database of its own so that its deployments never mix with the application's; no Spring, no
 * Tomcat, no SMTP, no job executor. Expressions resolve against {@code Mocks}, so a test decides which delegate
 * (usually the real one with mocked services) answers for {@code ${sendConfirmationLinkDelegate}}. Built once per
 * test JVM (the engine test helper caches it by its configuration file).
 */
public class DiagramEngineConfiguration extends StandaloneProcessEngineConfiguration {

    static final String ENGINE_NAME = "diagram-tests";
    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/union_cabinet_diagram_test";
    private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    public DiagramEngineConfiguration() {
        quietUnconfiguredLogging();
        onTheDiagramDatabase(this);
        setProcessEngineName(ENGINE_NAME);
        setExpressionManager(new MockExpressionManager());
    }

    /**
     * The settings every bare engine of the tests shares: the diagram tests' database (created if missing), schema
     * updated, no job executor, no metrics. Another bare engine (e.g. with a plugin under test) uses them too, with a
     * name of its own, and removes its deployments after each test. One database has one history level: {@code full}
     * rather than production's {@code activity}, as it only records more (the variables a finished process handed
     * back, so a test can read them); routing is the same.
     */
    public static void onTheDiagramDatabase(ProcessEngineConfigurationImpl configuration) {
        String url = System.getenv().getOrDefault("TEST_DIAGRAM_DB_URL", DEFAULT_URL);
        String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
        createDatabaseIfMissing(url, user, password);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUrl(url);
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setMetricsEnabled(false);
    }

    @Override
    protected void init() {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
        super.init();
    }

    /**
     * Without Spring Boot, Logback runs on its defaults. Only then are the engine's own logs of commands a test makes
     * fail on purpose turned off, as application-test.yml does; once a Spring context of another test has configured
     * logging (it marks the context), its levels stay as they are.
     */
    private static void quietUnconfiguredLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getObject("org.springframework.boot.logging.LoggingSystem") == null) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
            context.getLogger("org.camunda.bpm.engine.context").setLevel(Level.OFF);
            context.getLogger("org.camunda.community.process_test_coverage").setLevel(Level.WARN);
        }
    }

    private static void createDatabaseIfMissing(String url, String user, String password) {
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            return;
        }
        String maintenance = "jdbc:postgresql://" + matcher.group(1) + "/postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, user, password);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, matcher.group(2));
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        // the name is [A-Za-z0-9_] by the pattern above
                        create.execute("CREATE DATABASE \"" + matcher.group(2) + "\" ENCODING 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the diagram tests' database at " + url, e);
        }
    }
}
