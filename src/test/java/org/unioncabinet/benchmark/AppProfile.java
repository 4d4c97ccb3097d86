package org.unioncabinet.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the app's CPU goes: the execution samples of its profile ({@code jdk.ExecutionSample} in JFR's format, written
 * by async-profiler or the flight recorder: {@link AppProfiler}) within a window, each given to one phase from its
 * stack. A sample with no Java frame at all is the JVM's own work (GC, the JIT compiler), which only async-profiler
 * samples.
 * <p>
 * A sample belongs to hashing, PDF or mail when such work is anywhere in its stack (a PDF's Thymeleaf template and
 * its database reads are the PDF's cost); otherwise to the nearest frame, from the top, of templates, sessions,
 * the engine (with its MyBatis), the record (Hibernate, Spring Data) or the web layer (Tomcat, Spring MVC and
 * Security, Jackson). JDBC (the driver, Hikari, Spring JDBC) is given to whichever of the engine, the record or
 * the sessions called it, else counted as JDBC. What matches nothing is «the rest» (our own code, the JDK).
 */
final class AppProfile {

    enum Phase {
        HASHING("password hashing (Argon2id)"),
        PDF("PDF (templates, layout, fonts, stamping)"),
        MAIL("mail (templates, SMTP)"),
        TEMPLATES("page templates (Thymeleaf)"),
        SESSIONS("sessions (Spring Session JDBC)"),
        ENGINE("engine (Camunda, MyBatis)"),
        RECORD("record (Hibernate, Spring Data)"),
        JDBC("other JDBC (driver, pool, Spring JDBC)"),
        WEB("web layer (Tomcat, Spring MVC, Security, JSON)"),
        JIT("the JIT compiler (no Java frame, a compiler thread)"),
        GC("garbage collection (no Java frame, a GC thread)"),
        JVM("the JVM's other work (no Java frame)"),
        REST("the rest (our code, the JDK)");

        final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    /** Found anywhere in the stack, in this order of precedence. */
    private static final Map<Phase, List<String>> ENCLOSING = new EnumMap<>(Map.of(
            Phase.HASHING, List.of("de.mkammerer.argon2.", "org.bouncycastle.crypto.generators.Argon2",
                    "org.springframework.security.crypto.argon2"),
            Phase.PDF, List.of("com.openhtmltopdf.", "org.apache.pdfbox.", "org.apache.fontbox.",
                    "org.unioncabinet.documents.PdfRenderer", "org.unioncabinet.documents.SignatureStamp"),
            Phase.MAIL, List.of("jakarta.mail.", "org.eclipse.angus.mail.", "org.springframework.mail.",
                    "org.unioncabinet.mail.")));

    /** The nearest of these from the top of the stack decides. */
    private static final Map<Phase, List<String>> NEAREST = new EnumMap<>(Map.of(
            Phase.TEMPLATES, List.of("org.thymeleaf.", "org.attoparser.", "org.unbescape."),
            Phase.SESSIONS, List.of("org.springframework.session."),
            Phase.ENGINE, List.of("org.camunda.", "org.apache.ibatis."),
            Phase.RECORD, List.of("org.hibernate.", "org.springframework.data."),
            Phase.JDBC, List.of("org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc."),
            Phase.WEB, List.of("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.",
                    "org.springframework.web.", "org.springframework.security.", "jakarta.servlet.",
                    "com.fasterxml.jackson.")));

    /** Samples per phase, and their total. */
    record Split(Map<Phase, Long> samples, long total) {

        static final Split NONE = new Split(Map.of(), 0);

        double share(Phase phase) {
            return total == 0 ? 0 : samples.getOrDefault(phase, 0L) / (double) total;
        }
    }

    private AppProfile() {
    }

    /**
     * The split of a whole recording, with each phase's most frequent methods of our own code in its stacks (the
     * nearest {@code org.unioncabinet} frame): {@code java -cp target/test-classes
     * org.unioncabinet.benchmark.AppProfile target/benchmark-app.jfr [from to]} (docs/benchmark.md), the window
     * optional, as ISO instants ({@code 2026-12-06T04:44:49Z}).
     */
    public static void main(String[] arguments) throws IOException {
        Map<Phase, Long> samples = new EnumMap<>(Phase.class);
        Map<Phase, Map<String, Long>> ours = new EnumMap<>(Phase.class);
        long total = 0;
        Instant from = arguments.length > 2 ? Instant.parse(arguments[1]) : Instant.MIN;
        Instant to = arguments.length > 2 ? Instant.parse(arguments[2]) : Instant.MAX;
        try (RecordingFile file = new RecordingFile(Path.of(arguments[0]))) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                Phase phase = phase(event);
                samples.merge(phase, 1L, Long::sum);
                String own = frames.stream().filter(AppProfile::isJava)
                        .map(frame -> frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
                        .filter(method -> method.startsWith("org.unioncabinet.")).findFirst().orElse("(none of ours)");
                ours.computeIfAbsent(phase, key -> new java.util.HashMap<>()).merge(own, 1L, Long::sum);
                total++;
            }
        }
        long all = total;
        System.out.printf("%d samples%n", all);
        for (Phase phase : Phase.values()) {
            long count = samples.getOrDefault(phase, 0L);
            System.out.printf("%5.1f %%  %s%n", 100.0 * count / Math.max(1, total), phase.label);
            ours.getOrDefault(phase, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(entry -> System.out.printf("           %5.1f %%  %s%n", 100.0 * entry.getValue() / all,
                            entry.getKey()));
        }
    }

    /** The split of the samples taken from {@code from} to {@code to}; none when there is no recording. */
    static Split split(Path recording, Instant from, Instant to) throws IOException {
        if (!Files.isRegularFile(recording) || Files.size(recording) == 0) {
            return Split.NONE;
        }
        Map<Phase, Long> samples = new EnumMap<>(Phase.class);
        long total = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                        || event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                    continue;
                }
                samples.merge(phase(event), 1L, Long::sum);
                total++;
            }
        }
        return new Split(samples, total);
    }

    /** The phase of one sample: from its stack, and for the JVM's own work from the thread that did it. */
    static Phase phase(RecordedEvent sample) {
        Phase phase = phase(sample.getStackTrace().getFrames());
        if (phase != Phase.JVM) {
            return phase;
        }
        RecordedThread thread = sample.getThread("sampledThread");
        String name = thread == null ? "" : String.valueOf(thread.getOSName());
        if (name.contains("Compiler")) {
            return Phase.JIT;
        }
        return name.startsWith("G1 ") || name.startsWith("GC ") ? Phase.GC : Phase.JVM;
    }

    /** The phase of one stack, its frames from the top (the running method) down. */
    static Phase phase(List<RecordedFrame> frames) {
        List<String> classes = frames.stream().filter(AppProfile::isJava)
                .map(frame -> frame.getMethod().getType().getName()).toList();
        return phaseOfClasses(classes);
    }

    static Phase phaseOfClasses(List<String> classes) {
        if (classes.isEmpty()) {
            return Phase.JVM;
        }
        for (Map.Entry<Phase, List<String>> enclosing : ENCLOSING.entrySet()) {
            if (classes.stream().anyMatch(name -> matches(name, enclosing.getValue()))) {
                return enclosing.getKey();
            }
        }
        boolean jdbc = false;
        for (String name : classes) {
            Phase phase = nearest(name);
            if (phase == null) {
                continue;
            }
            if (phase == Phase.JDBC) {
                // find out whose statement it is further down
                jdbc = true;
            } else if (phase == Phase.ENGINE || phase == Phase.RECORD || phase == Phase.SESSIONS || !jdbc) {
                return phase;
            } else {
                return Phase.JDBC;
            }
        }
        return jdbc ? Phase.JDBC : Phase.REST;
    }

    /**
     * A frame of Java code. async-profiler also records the JVM's and the libraries' native frames (types «C++»,
     * «Native», «Kernel»), which {@link RecordedFrame#isJavaFrame()} calls Java frames on JDK 17.
     */
    private static boolean isJava(RecordedFrame frame) {
        String type = frame.getType();
        return type == null || type.equals("Interpreted") || type.equals("JIT compiled") || type.equals("Inlined");
    }

    private static Phase nearest(String className) {
        for (Map.Entry<Phase, List<String>> nearest : NEAREST.entrySet()) {
            if (matches(className, nearest.getValue())) {
                return nearest.getKey();
            }
        }
        return null;
    }

    private static boolean matches(String className, List<String> prefixes) {
        return prefixes.stream().anyMatch(className::startsWith);
    }
}
