package org.unioncabinet.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How the app's JVM is profiled (option {@code -Dbenchmark.profile=}): {@code async} (the default where it runs:
 * Linux x64 or arm64) starts async-profiler's agent in the app's JVM, sampling each thread's CPU time
 * ({@code event=ctimer}: no perf events needed) every 10 ms, GC and JIT threads and native code included; {@code jfr}
 * uses the JDK's flight recorder, which samples threads in Java code whether they are on a core or waiting for one
 * (on 2 busy cores that over-weights long CPU-bound work) and never native code; {@code none} profiles nothing.
 * Either writes {@link #RECORDING} in JFR's format, read by {@link AppProfile}.
 */
final class AppProfiler {

    static final Path RECORDING = Path.of("target", "benchmark-app.jfr").toAbsolutePath();
    private static final Path AGENT = Path.of("target", "async-profiler", "libasyncProfiler.so").toAbsolutePath();

    final String kind;
    final List<String> jvmArgs;

    private AppProfiler(String kind, List<String> jvmArgs) {
        this.kind = kind;
        this.jvmArgs = jvmArgs;
    }

    static AppProfiler choose(String option) throws IOException {
        Files.deleteIfExists(RECORDING);
        String kind = option.isBlank() ? (agentEntry().isPresent() ? "async" : "jfr") : option;
        return switch (kind) {
            // a chunk a minute: the JDK's reader holds a chunk's stack traces in memory, and one chunk of a whole run
            // did not fit the load JVM's heap
            case "async" -> new AppProfiler(kind, List.of("-agentpath:" + extractAgent() + "=start,event=ctimer,"
                    + "interval=10ms,jfr,chunktime=60,file=" + RECORDING));
            case "jfr" -> new AppProfiler(kind, List.of("-XX:StartFlightRecording=filename=" + RECORDING
                    + ",settings=default,dumponexit=true"));
            case "none" -> new AppProfiler(kind, List.of());
            default -> throw new IllegalArgumentException("-Dbenchmark.profile=" + option + ": async, jfr or none");
        };
    }

    boolean records() {
        return !kind.equals("none");
    }

    /** What the table says the split is made of. */
    String describe() {
        return kind.equals("async")
                ? "async-profiler in the app's JVM, CPU time of every thread (`event=ctimer`) every 10 ms"
                : "the JDK's flight recorder, `jdk.ExecutionSample` every 20 ms (threads in Java code, on a core or"
                        + " waiting for one; no native code, GC or JIT)";
    }

    /** The agent's library inside the async-profiler jar on the test classpath, for this machine. */
    private static Optional<String> agentEntry() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        String platform = arch.equals("amd64") || arch.equals("x86_64") ? "linux-x64"
                : arch.equals("aarch64") ? "linux-arm64" : null;
        return platform == null || jar().isEmpty() ? Optional.empty()
                : Optional.of(platform + "/libasyncProfiler.so");
    }

    private static Optional<String> jar() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith("async-profiler-"))
                .findFirst();
    }

    private static Path extractAgent() throws IOException {
        String entryName = agentEntry().orElseThrow(() -> new IllegalStateException(
                "async-profiler runs on Linux x64 or arm64 with the benchmark profile's dependency: -Dbenchmark.profile=jfr"));
        try (ZipFile zip = new ZipFile(jar().orElseThrow())) {
            ZipEntry entry = zip.getEntry(entryName);
            Files.createDirectories(AGENT.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, AGENT, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return AGENT;
    }
}
