package org.unioncabinet.system;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check ({@code docker-compose.yml}): asks the app in the same container for
 * {@code /actuator/health} and exits 0 when it answers 200 (UP), 1 otherwise (503 DOWN, no answer, a timeout).
 * <p>
 * The image is a bare JRE: no curl, no wget, and no compiler, so not even a single-file Java source runs there. Nor is
 * the jar used: a class of the app is only loadable through Spring Boot's launcher, whose class name changed between
 * Boot versions, and it scans the whole jar each time. So the Dockerfile copies this one class file out of the build
 * into {@code /app/probe} and the check runs it with nothing else on the class path. Hence: no other class of the app,
 * no library, only {@code java.base}; and no lambda, inner or anonymous class (each would be a second class file the
 * Dockerfile does not copy). {@code HealthProbeTest} runs it exactly so.
 */
public final class HealthProbe {

    private static final int TIMEOUT_MILLIS = 5_000;

    private HealthProbe() {
    }

    /** @param args optionally the URL to ask; by default the app's own port ({@code PORT}, 8080) on the loopback */
    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health";
        // the line goes to Docker's health log (docker inspect), so an operator sees why a check failed
        String outcome = check(url);
        System.out.println(outcome);
        System.exit(outcome.equals("UP") ? 0 : 1);
    }

    /** @return {@code UP}, or what was wrong */
    static String check(String url) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            int status = connection.getResponseCode();
            return status == 200 ? "UP" : "DOWN: HTTP " + status + " from " + url;
        } catch (IOException | IllegalArgumentException noAnswer) {
            return "DOWN: " + noAnswer + " from " + url;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
