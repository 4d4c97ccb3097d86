package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * The container's health check as the image runs it: {@link HealthProbe}'s one class file alone on the class path of
 * a fresh JVM (no app, no library), asking a server that answers as actuator's health does. Also that the Dockerfile
 * copies that class file and the compose file runs it, so a rename cannot leave the stack checking a missing class.
 */
class HealthProbeTest {

    private static final String CLASS_FILE = HealthProbe.class.getName().replace('.', '/') + ".class";

    @TempDir
    Path probeDirectory;

    private HttpServer health;

    @AfterEach
    void stopServer() {
        if (health != null) {
            health.stop(0);
        }
    }

    @Test
    void exitsZeroWhenTheAppIsUp() throws Exception {
        assertThat(runProbe(serveHealth(200, "{\"status\":\"UP\"}"))).isZero();
    }

    @Test
    void exitsOneWhenTheAppIsDownOrNotListening() throws Exception {
        assertThat(runProbe(serveHealth(503, "{\"status\":\"DOWN\"}"))).isEqualTo(1);
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        assertThat(runProbe("http://127.0.0.1:" + closedPort + "/actuator/health")).isEqualTo(1);
    }

    @Test
    void theImageCopiesTheProbeAndTheStackRunsIt() throws IOException {
        assertThat(Files.readString(Path.of("Dockerfile")))
                .contains("/src/target/classes/" + CLASS_FILE + " /app/probe/" + CLASS_FILE);
        assertThat(Files.readString(Path.of("docker-compose.yml")))
                .contains("\"-cp\", \"/app/probe\", \"" + HealthProbe.class.getName() + "\"");
    }

    private String serveHealth(int status, String body) throws IOException {
        health = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        health.createContext("/actuator/health", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        health.start();
        return "http://127.0.0.1:" + health.getAddress().getPort() + "/actuator/health";
    }

    /** The class file alone in a directory, as {@code /app/probe} in the image, run by a JVM of its own. */
    private int runProbe(String url) throws IOException, InterruptedException {
        Path copy = probeDirectory.resolve(CLASS_FILE);
        if (!Files.exists(copy)) {
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("target", "classes", CLASS_FILE), copy);
        }
        Process probe = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m", "-cp", probeDirectory.toString(), HealthProbe.class.getName(), url))
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).as("the probe ends: " + output).isTrue();
        assertThat(output).as("one line for Docker's health log").startsWith(probe.exitValue() == 0 ? "UP" : "DOWN");
        return probe.exitValue();
    }
}
