package org.unioncabinet.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the PostgreSQL database named in {@code spring.datasource.url} when it does not exist yet,
 * so that the first run on a fresh machine needs nothing but a running server. Runs before any
 * bean exists; switched off by {@code cabinet.database.create-if-missing=false}.
 */
public class DatabaseBootstrap implements EnvironmentPostProcessor {

    private static final Pattern POSTGRES_URL =
            Pattern.compile("^jdbc:postgresql://([^/]+)/([A-Za-z0-9_]+)(\\?.*)?$");

    private final Log log;

    public DatabaseBootstrap(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(DatabaseBootstrap.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("cabinet.database.create-if-missing", Boolean.class, false)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        Matcher matcher = POSTGRES_URL.matcher(url);
        if (!matcher.matches()) {
            return;
        }
        String database = matcher.group(2);
        String maintenanceUrl = "jdbc:postgresql://" + matcher.group(1) + "/postgres"
                + (matcher.group(3) == null ? "" : matcher.group(3));
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, password)) {
            if (!exists(connection, database)) {
                try (var statement = connection.createStatement()) {
                    // The name is restricted to [A-Za-z0-9_] by the pattern above, so quoting is safe.
                    statement.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
                }
                log.info("Created database " + database);
            }
        } catch (SQLException e) {
            // The data source reports the real problem a moment later, with its own message.
            log.warn("Could not check or create database " + database + ": " + e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
