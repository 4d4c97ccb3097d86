package org.unioncabinet.documents;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unioncabinet.system.Sha256;

/**
 * Not a test (the name does not end in Test, so {@code ./mvnw verify} never runs it): what one member document costs
 * in CPU, to compare changes to the rendering. Renders consent documents and applications to join, and stamps them,
 * after a warm-up, and prints CPU milliseconds per document and a fingerprint of all the bytes made (the same inputs
 * must give the same bytes before and after a change). Run from the project root, after {@code test-compile}
 * (without {@code -Dfrontend.skip}, to which the exec plugin's own skip is bound):
 * {@code ./mvnw -B -q -o org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.unioncabinet.documents.PdfRenderingCost -Dexec.args=40}.
 */
public final class PdfRenderingCost {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        PdfRenderer renderer = new PdfRenderer(engine, new PdfFonts());
        SignatureStamp stamp = new SignatureStamp(renderer);

        Map<String, Object> consent = SampleVariables.consent("Согласие на обработку персональных данных",
                paragraphs("V4__documents_and_consents.sql"));
        Map<String, Object> application = SampleVariables.application(
                "Заявление о вступлении в Общероссийский Профсоюз образования",
                paragraphs("V8__join_application_text.sql"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) cpu;
        long beforeFonts = memory.getCurrentThreadAllocatedBytes();
        renderer.fonts().close();
        System.out.printf("one set of parsed fonts: %.1f MB allocated while parsing%n",
                (memory.getCurrentThreadAllocatedBytes() - beforeFonts) / 1e6);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            run(renderer, stamp, consent, application, rounds);
        }
        for (int repeat = 0; repeat < 5; repeat++) {
            long start = cpu.getCurrentThreadCpuTime();
            long allocated = memory.getCurrentThreadAllocatedBytes();
            long wall = System.nanoTime();
            Results results = run(renderer, stamp, consent, application, rounds);
            double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
            System.out.printf("%d consents + %d applications, each stamped: %.1f ms CPU per document "
                    + "(render + stamp), %.1f ms wall, %.1f MB allocated; render only %.1f ms, stamp only %.1f ms; "
                    + "bytes %s%n",
                    rounds, rounds, ms / (2 * rounds), (System.nanoTime() - wall) / 1e6 / (2 * rounds),
                    (memory.getCurrentThreadAllocatedBytes() - allocated) / 1e6 / (2 * rounds),
                    results.renderNanos / 1e6 / (2 * rounds), results.stampNanos / 1e6 / (2 * rounds),
                    results.fingerprint);
        }
    }

    private record Results(long renderNanos, long stampNanos, String fingerprint) {
    }

    private static Results run(PdfRenderer renderer, SignatureStamp stamp, Map<String, Object> consent,
            Map<String, Object> application, int rounds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long render = 0;
        long stamping = 0;
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < rounds; i++) {
            for (Map<String, Object> variables : List.of(consent, application)) {
                long t0 = cpu.getCurrentThreadCpuTime();
                byte[] pdf = renderer.render(SampleVariables.template(variables), variables, (String) variables.get("title"), AT);
                long t1 = cpu.getCurrentThreadCpuTime();
                byte[] stamped = stamp.stamp(pdf, new SignatureStamp.Facts((String) variables.get("title"),
                        "Иванова Мария Петровна", "ivanova@mail.ru", AT.plusSeconds(600),
                        new UUID(0, i)));
                long t2 = cpu.getCurrentThreadCpuTime();
                render += t1 - t0;
                stamping += t2 - t1;
                all.append(Sha256.hex(pdf)).append(Sha256.hex(stamped));
            }
        }
        return new Results(render, stamping, Sha256.hex(all.toString()).substring(0, 16));
    }

    private static List<String> paragraphs(String migration) throws IOException {
        String sql = Files.readString(Path.of("src/main/resources/db/migration", migration), StandardCharsets.UTF_8);
        Matcher body = Pattern.compile("',\\s*'([^']*(?:''[^']*)*)',\\s*TIMESTAMPTZ", Pattern.DOTALL).matcher(sql);
        if (!body.find()) {
            throw new IllegalStateException("No legal text in " + migration);
        }
        return Arrays.stream(body.group(1).replace("''", "'").split("\n\n")).map(String::strip).toList();
    }
}
