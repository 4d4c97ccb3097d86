package org.unioncabinet.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.function.UnaryOperator;

import org.unioncabinet.UnionCabinetApplication;

/**
 * The app in JVMs of its own on a fresh database of the test's PostgreSQL, in {@code prod} as the container stack's
 * environment starts it: each command ({@code --migrate-schema}, an import) ends its JVM, a serving node runs until
 * stopped. Started either from the test JVM's class path without the test classes, or from the built jar as the image
 * runs it; each JVM's output goes to {@code <logs>/<name>.log}, which the test reads. No JVM outlives the test JVM.
 */
public final class AppJvm {

    private static final String TEST_URL = System.getenv().getOrDefault("TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/union_cabinet_test");
    /** The test database's server, {@code jdbc:postgresql://host:port/}. */
    public static final String SERVER = TEST_URL.substring(0, TEST_URL.lastIndexOf('/') + 1);
    public static final String USER = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    /** Long enough for a start on two busy cores. */
    public static final Duration START = Duration.ofMinutes(4);

    private final List<String> launch;
    private final Path logs;
    private final Map<String, String> environment;

    private AppJvm(List<String> launch, Path logs, Map<String, String> environment) {
        this.launch = List.copyOf(launch);
        this.logs = logs;
        this.environment = Map.copyOf(environment);
    }

    /** The app from the test JVM's class path (surefire's) without the test classes: the app as its jar has it. */
    public static AppJvm fromClasspath(Path logs, Map<String, String> environment) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String app = String.join(File.pathSeparator, Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.replace(File.separator, "/").replaceAll("/$", "").endsWith("test-classes"))
                .toList());
        return new AppJvm(List.of("-cp", app, UnionCabinetApplication.class.getName()), logs, environment);
    }

    /** The built jar, started as the image's entry point starts it ({@code java -jar}). */
    public static AppJvm fromJar(Path jar, Path logs, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the IT after package (./mvnw verify)");
        }
        return new AppJvm(List.of("-jar", jar.toAbsolutePath().toString()), logs, environment);
    }

    /**
     * What the stack gives every JVM of the app ({@code x-app-environment} of docker-compose.yml) for this database,
     * with secrets prod accepts; PostgreSQL here trusts the machine's connections, the password is only checked.
     */
    public static Map<String, String> prod(String database) {
        return Map.of(
                "SPRING_PROFILES_ACTIVE", "prod",
                "DB_URL", SERVER + database,
                "DB_USER", USER,
                "DB_PASSWORD", "a long database secret",
                "DB_POOL_SIZE", "4",
                "BASE_URL", "https://cabinet.example.org",
                "ADMIN_PASSWORD", "a long admin secret");
    }

    /** Starts the app with the environment, these settings above it and these arguments. */
    public Process start(String name, Map<String, String> settings, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a small heap and the quick compiler: a test's app starts in seconds and serves a few requests
                "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        command.addAll(launch);
        command.addAll(List.of(arguments));
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(settings);
        builder.environment().putAll(all);
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-killer"));
        return process;
    }

    /** Runs a command of the app to its end; its exit code (fails when it did not end in time). */
    public int run(String name, Map<String, String> settings, String... arguments)
            throws IOException, InterruptedException {
        Process command = start(name, settings, arguments);
        if (!command.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
            command.destroyForcibly();
            throw new IllegalStateException(name + " did not end within " + START + ": " + log(name));
        }
        return command.exitValue();
    }

    /** What the JVM of that name wrote so far. */
    public String log(String name) {
        try {
            return Files.readString(logs.resolve(name + ".log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * {@code UP} once the probe (the container's, {@code system.HealthProbe::check}) says so of the node's health;
     * else what it last said.
     */
    public static String awaitHealthy(Process node, String url, UnaryOperator<String> probe) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        String outcome = "not asked";
        while (System.nanoTime() < deadline && node.isAlive()) {
            outcome = probe.apply(url);
            if (outcome.equals("UP")) {
                return outcome;
            }
            Thread.sleep(500);
        }
        return node.isAlive() ? outcome : "exited with " + node.exitValue();
    }

    /** Stops a serving node as the stack does (SIGTERM), killing it after 30 s. */
    public static void stop(Process node) throws InterruptedException {
        node.destroy();
        if (!node.waitFor(30, TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /**
     * A fresh, empty database as PostgreSQL's image leaves it, named after the test database with this suffix (so that
     * parallel worktrees with their own {@code TEST_DB_URL} never share one); dropped first if a run left it.
     */
    public static String freshDatabase(String suffix) throws SQLException {
        String database = TEST_URL.substring(TEST_URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + suffix;
        dropDatabase(database);
        maintenance("CREATE DATABASE " + database + " ENCODING 'UTF8'");
        return database;
    }

    public static void dropDatabase(String database) throws SQLException {
        maintenance("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void maintenance(String statement) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
                var sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
