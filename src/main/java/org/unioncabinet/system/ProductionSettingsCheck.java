package org.unioncabinet.system;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The {@code prod} profile refuses to start with settings that would leave the cabinet open: no admin password (the
 * Camunda admin's password would be whatever a placeholder left), no {@code BASE_URL} or one a member's browser would
 * follow in clear text (every link in a mail begins with it), a database password anyone would guess. Runs when the
 * environment is ready and logging is configured, before any bean, so the engine never starts; the refusal is one log
 * line ({@link UnsafeSettingsReporter}). Registered in {@code META-INF/spring.factories}. The check reads the resolved
 * properties, so a value given under the property's own name is checked too, and names the environment variable the
 * operations guide documents.
 */
public class ProductionSettingsCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Passwords that come with our compose file, PostgreSQL's images and tutorials. */
    private static final Set<String> KNOWN_DATABASE_PASSWORDS = Set.of("", "cabinet", "postgres");
    /** How every password in .env.example begins: a stack started from the unedited example must not run. */
    private static final String EXAMPLE_PLACEHOLDER = "change-me";
    /** Plain http is allowed only to this machine: a trial of the container stack on a laptop. */
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeSettingsException("Profile prod refuses to start", problems);
        }
    }

    /** @return one phrase per unsafe setting, naming its environment variable; empty when all are safe */
    public static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        adminPasswordProblem(environment.getProperty("camunda.bpm.admin-user.id", "admin"),
                environment.getProperty("camunda.bpm.admin-user.password", "")).ifPresent(problems::add);
        baseUrlProblem(environment.getProperty("cabinet.base-url", "")).ifPresent(problems::add);
        databasePasswordProblem(environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", "")).ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> adminPasswordProblem(String adminId, String password) {
        if (password.isBlank()) {
            return Optional.of("ADMIN_PASSWORD is not set");
        }
        // the development default, and what Camunda itself falls back to
        if (password.equals("admin") || password.equals(adminId) || isPlaceholder(password)) {
            return Optional.of("ADMIN_PASSWORD is a default password (admin, the user's id or .env.example's)");
        }
        return Optional.empty();
    }

    private static Optional<String> baseUrlProblem(String baseUrl) {
        if (baseUrl.isBlank()) {
            return Optional.of("BASE_URL is not set");
        }
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (URISyntaxException malformed) {
            return Optional.of("BASE_URL is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = host(uri).toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || baseUrl.endsWith("/")) {
            return Optional.of("BASE_URL must be scheme and host (and port, path) only, without a trailing /");
        }
        boolean trial = scheme.equals("http") && LOOPBACK_HOSTS.contains(host);
        if (!scheme.equals("https") && !trial) {
            return Optional.of("BASE_URL must begin with https:// (http only for localhost)");
        }
        return Optional.empty();
    }

    /** The host, also of an internationalised name ({@code лк.профсоюз.рф}), which {@link URI} leaves unparsed. */
    private static String host(URI uri) {
        if (uri.getHost() != null) {
            return uri.getHost();
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            return "";
        }
        try {
            return IDN.toASCII(authority.replaceFirst(":[0-9]+$", ""), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException notAHostName) {
            return "";
        }
    }

    private static Optional<String> databasePasswordProblem(String user, String password) {
        if (KNOWN_DATABASE_PASSWORDS.contains(password.toLowerCase(Locale.ROOT)) || password.equalsIgnoreCase(user)
                || isPlaceholder(password)) {
            return Optional.of("DB_PASSWORD is empty or a known default (cabinet, postgres, the user's name, .env.example's)");
        }
        return Optional.empty();
    }

    private static boolean isPlaceholder(String password) {
        return password.toLowerCase(Locale.ROOT).startsWith(EXAMPLE_PLACEHOLDER);
    }

    /** After {@link LoggingApplicationListener}, so the refusal is logged with the profile's logging settings. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
