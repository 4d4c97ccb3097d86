package org.unioncabinet.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unioncabinet.UnionCabinetApplication;

/**
 * The real app in a JVM of its own (a child of the benchmark's), so that the CPU, GC and heap measured are the
 * app's and not the load generator's. Started on the test JVM's classpath without the test classes, with a
 * 512 MiB heap; its output goes to {@code target/benchmark-app.log}. Never outlives the benchmark: {@link #close()}
 * stops it, and a shutdown hook kills it if the benchmark JVM ends first.
 */
final class AppProcess implements AutoCloseable {

    static final Path LOG = Path.of("target", "benchmark-app.log");
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private final Process process;
    private final Thread killer;
    final String base;

    private AppProcess(Process process, String base) {
        this.process = process;
        this.base = base;
        this.killer = new Thread(process::destroyForcibly, "benchmark-app-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts the app with these JVM options and Spring arguments, and waits until it is ready for traffic. */
    static AppProcess start(int port, List<String> jvmArgs, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(appClasspath());
        command.add(UnionCabinetApplication.class.getName());
        command.addAll(arguments);
        command.add("--management.endpoint.health.probes.enabled=true");
        Files.createDirectories(LOG.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile()).start();
        AppProcess app = new AppProcess(process, "http://127.0.0.1:" + port);
        try {
            app.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /**
     * The test JVM's classpath (surefire restores the real one in {@code java.class.path}) without the test classes:
     * the app's classes, resources and dependencies, as the in-process start had them.
     */
    private static String appClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .toList());
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // readiness, not liveness: the app accepts traffic once its startup runners (the demo directory) are done
        HttpRequest health = HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " while starting: see " + LOG);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not become healthy within " + STARTUP + ": see " + LOG);
    }

    long pid() {
        return process.pid();
    }

    /** CPU time (user + system) of the app's JVM so far, all its threads. */
    long cpuNanos() {
        return ProcCpu.ofProcess(pid());
    }

    /** The part of {@link #cpuNanos()} that the JIT compiler's threads spent. */
    long compilerCpuNanos() {
        return ProcCpu.ofCompilerThreads(pid());
    }

    /** The used heap after three full collections, in MiB, and the maximum heap, as the app's JVM reports them. */
    double[] heapAfterFullGcMiB() throws IOException, InterruptedException {
        for (int i = 0; i < 3; i++) {
            jdk("jcmd", String.valueOf(pid()), "GC.run");
            Thread.sleep(300);
        }
        String heap = jdk("jcmd", String.valueOf(pid()), "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jdk("jcmd", String.valueOf(pid()), "VM.flags"));
        if (!used.find() || !max.find()) {
            throw new IllegalStateException("Unexpected jcmd output: " + heap);
        }
        return new double[] {Long.parseLong(used.group(1)) / 1024.0, Long.parseLong(max.group(1)) / 1024.0 / 1024.0};
    }

    /** Seconds the app's JVM spent in garbage collection so far ({@code jstat -gc}, column GCT). */
    double gcSeconds() throws IOException, InterruptedException {
        String[] lines = jdk("jstat", "-gc", String.valueOf(pid())).trim().split("\n");
        List<String> header = List.of(lines[0].trim().split("\\s+"));
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        return Double.parseDouble(values[header.indexOf("GCT")]);
    }

    private static String jdk(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(arguments));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(60, TimeUnit.SECONDS) || run.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Stops the app as an operator would (SIGTERM), and kills it if it has not ended after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
