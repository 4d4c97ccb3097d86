package org.unioncabinet.benchmark;

import static org.unioncabinet.benchmark.CabinetBenchmark.round;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** The figures of one run, the table the benchmark prints, and {@code benchmark/RESULTS.md}. */
final class Results {

    /** Everything below this line of RESULTS.md is kept when the benchmark rewrites the file. */
    static final String NOTES_MARKER = "<!-- notes: written by hand, kept when the benchmark rewrites this file -->";

    static final double SEARCH_P99_TARGET_MS = 20;
    /** The herd's section of RESULTS.md lies between these lines: {@code -Dbenchmark.only=herd} rewrites only it. */
    static final String HERD_START = "<!-- herd: written by the benchmark's herd phase, alone with -Dbenchmark.only=herd -->";
    static final String HERD_END = "<!-- herd: end -->";

    final int members;
    Instant startedAt;
    String loadBefore = "";
    String loadAfter = "";
    String postgres = "";
    double insertsPerSecond;
    double bareJourneysPerSecond;
    double bareTransactionsPerJourney;
    double encodeMillis;
    double matchesMillis;
    final Latencies cabinetLatencies = new Latencies();
    int journeys;
    double cabinetSeconds;
    double cabinetJourneysPerSecond;
    /** CPU from the start of the load until the app's job queue is empty (the journeys' mails and admissions done). */
    double appCpuSeconds;
    /** The part of {@link #appCpuSeconds} the JIT compiler's threads spent. */
    double compilerCpuSeconds;
    /** How long the warm-up ran, and the JIT compiler's share of the app's CPU in its last slice. */
    double warmUpSeconds;
    double warmUpCompilerShare;
    long warmUpSlice;
    double compilerShareBound;
    double postgresCpuSeconds;
    double postgresBackendsCpuSeconds;
    double loadGeneratorCpuSeconds;
    /** From the last journey's end until no job was due or locked. */
    double drainSeconds;
    long appPid;
    double gcSeconds;
    double transactionsPerJourney;
    final Latencies searchLatencies = new Latencies();
    final Latencies searchServiceLatencies = new Latencies();
    long organisations;
    int searchQueries;
    double heapUsedMiB;
    double heapMaxMiB;
    /**
     * After a phase: its journeys not at an end event, incidents, jobs that failed, jobs still due or locked when the
     * wait for an empty queue gave up (all must be 0).
     */
    record AfterLoad(long unfinishedJourneys, long incidents, long failingJobs, long jobsLeft) {

        static final AfterLoad NOT_RUN = new AfterLoad(0, 0, 0, 0);

        String row() {
            return unfinishedJourneys + incidents + failingJobs + jobsLeft == 0 ? "0 / 0 / 0 / 0"
                    : "**" + unfinishedJourneys + " / " + incidents + " / " + failingJobs + " / " + jobsLeft + "**";
        }
    }

    AfterLoad afterLoad = AfterLoad.NOT_RUN;
    /** The paced phase's levels in the order tried (empty when {@code -Dbenchmark.paced=false}). */
    List<PacedPhase.Level> pacedLevels = List.of();
    int pacedSamples;
    long pacedCapSeconds;
    AfterLoad afterPaced = AfterLoad.NOT_RUN;
    /** From the start of the saturating load until its job queue was empty; the paced phase's start and end. */
    final Instant[] saturatingWindow = new Instant[2];
    final Instant[] pacedWindow = new Instant[2];
    String profiler = "";
    AppProfile.Split saturatingProfile = AppProfile.Split.NONE;
    AppProfile.Split pacedProfile = AppProfile.Split.NONE;
    /** (6) The herd at the start of a dictation edition; null when it did not run. */
    HerdPhase.Report herd;
    AppProfile.Split herdProfile = AppProfile.Split.NONE;

    Results(int members) {
        this.members = members;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        int errors = cabinetLatencies.errorCount();
        if (errors > 0) {
            out.append("**!!! ").append(errors).append(" FAILED REQUESTS OR JOURNEYS: the figures below are not valid !!!**\n\n");
            cabinetLatencies.errorSamples().forEach(sample -> out.append("- `").append(sample.replace('`', '\'')).append("`\n"));
            out.append('\n');
        }
        double cpuMillisPerJourney = perJourney(appCpuSeconds);
        double postgresMillisPerJourney = perJourney(postgresCpuSeconds);
        double hashMillisPerJourney = encodeMillis + matchesMillis;
        out.append("| # | measure | value |\n| --- | --- | --- |\n");
        row(out, "1", "database ceiling: single-row insert transactions/s, a Hikari pool of the app's size in the load JVM, K = " + members + " threads",
                fmt(insertsPerSecond));
        row(out, "2", "bare engine (no-op delegates): journeys/s, both variants, K = " + members + " threads",
                fmt(bareJourneysPerSecond));
        row(out, "2", "bare engine: database transactions per journey", fmt(bareTransactionsPerJourney));
        row(out, "3", "cabinet over HTTP: journeys/s, both variants, K = " + members + " members (" + journeys
                + " journeys in " + fmt(cabinetSeconds) + " s)", fmt(cabinetJourneysPerSecond));
        row(out, "3", "cabinet: failed requests / journeys (must be 0)", errors == 0 ? "0" : "**" + errors + "**");
        row(out, "3", "cabinet after the load: journeys not at their end / incidents / failing jobs / jobs still due (must be 0)",
                afterLoad.row());
        row(out, "3", "CPU window: the load, then until no job is due or locked (s after the last journey)",
                fmt(cabinetSeconds) + " + " + fmt(drainSeconds) + " s");
        row(out, "3", "warm-up before the window: s; the JIT compiler's share of the app's CPU in its last " + warmUpSlice
                + " s (it ends below " + percent(compilerShareBound) + " or at the longest warm-up)",
                fmt(warmUpSeconds) + "; " + percent(warmUpCompilerShare));
        row(out, "3", "CPU per journey of the app's JVM (its own process, 512 MiB heap), ms", fmt(cpuMillisPerJourney));
        row(out, "3", "of which the JIT compiler's threads (C1, C2), ms; the app's CPU per journey without them, ms",
                fmt(perJourney(compilerCpuSeconds)) + "; " + fmt(cpuMillisPerJourney - perJourney(compilerCpuSeconds)));
        row(out, "3", "CPU per journey of PostgreSQL, the whole server (every database on it: on a shared machine "
                + "others' too), ms", fmt(postgresMillisPerJourney));
        row(out, "3", "CPU per journey of PostgreSQL, backends of the app's database only, ms",
                fmt(perJourney(postgresBackendsCpuSeconds)));
        row(out, "3", "CPU per journey of the load generator (this JVM: HTTP clients, SMTP server), for reference, ms",
                fmt(perJourney(loadGeneratorCpuSeconds)));
        row(out, "3", "ratios: PostgreSQL (app's backends) ÷ app; load generator ÷ app",
                fmt2(perJourney(postgresBackendsCpuSeconds) / cpuMillisPerJourney) + "; "
                        + fmt2(perJourney(loadGeneratorCpuSeconds) / cpuMillisPerJourney));
        row(out, "3", "app + PostgreSQL (app's backends) CPU per journey, ms; journeys/s the 2 cores could carry at that cost",
                fmt(cpuMillisPerJourney + perJourney(postgresBackendsCpuSeconds)) + "; " + fmt2(
                        Runtime.getRuntime().availableProcessors() * 1000
                                / (cpuMillisPerJourney + perJourney(postgresBackendsCpuSeconds))));
        row(out, "3", "GC time of the app's JVM in the window, s", fmt(gcSeconds));
        row(out, "3", "password hashing (the app's Argon2id encoder, one thread of the load JVM, app idle): encode / matches, ms",
                fmt(encodeMillis) + " / " + fmt(matchesMillis));
        row(out, "3", "password hashing share of the app's CPU per journey (2 hashes: creation and login)",
                percent(hashMillisPerJourney / cpuMillisPerJourney));
        row(out, "4", "organisation search over HTTP: " + organisations + " organisations, " + searchQueries
                + " queries × 3, p50 / p99 ms", fmt(first(searchLatencies).p50()) + " / " + fmt(first(searchLatencies).p99()));
        row(out, "4", "the same mix on the app's search service built in the load JVM (no HTTP, no web layer), p50 / p99 ms",
                fmt(first(searchServiceLatencies).p50()) + " / " + fmt(first(searchServiceLatencies).p99()));
        row(out, "5", "database transactions per cabinet journey (pg_stat_database xact_commit)", fmt(transactionsPerJourney));
        row(out, "5", "app's heap used after the run and a full GC (jcmd GC.run, GC.heap_info) / max heap, MiB", fmt(heapUsedMiB) + " / " + fmt(heapMaxMiB));
        row(out, "", "ratio (3)/(2): cabinet journeys/s ÷ bare engine journeys/s", fmt2(cabinetJourneysPerSecond
                / bareJourneysPerSecond));
        row(out, "", "ratio (2)/(1): bare engine journeys/s ÷ insert transactions/s", fmt4(bareJourneysPerSecond
                / insertsPerSecond));

        out.append("\n**Requests of the cabinet** (saturating phase: K = ").append(members).append(" concurrent members")
                .append(" without pauses; while a job runs a journey asks `/cabinet/next-step`, which answers when the step is ready, as the page's script does; that wait is held to no limit)\n\n")
                .append("| request | count | p50 ms | p99 ms | max ms | errors |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Latencies.Summary summary : cabinetLatencies.summaries()) {
            out.append("| ").append(summary.type()).append(" | ").append(summary.count()).append(" | ")
                    .append(fmt(summary.p50())).append(" | ").append(fmt(summary.p99())).append(" | ")
                    .append(fmt(summary.max())).append(" | ").append(summary.errors()).append(" |\n");
        }

        profile(out, cpuMillisPerJourney);
        paced(out);

        out.append("\n**Targets**\n\n");
        double ratio = cabinetJourneysPerSecond / bareJourneysPerSecond;
        target(out, "saturating: cabinet journeys/s ≥ 0.3 × the bare engine's (aim 0.5)", ratio >= 0.3,
                fmt(cabinetJourneysPerSecond) + " vs " + fmt(bareJourneysPerSecond) + ": ratio " + fmt2(ratio)
                        + (ratio >= 0.5 ? ", the aim met too" : ", aim 0.5 not met"));
        target(out, "at most 100 database transactions per journey", transactionsPerJourney <= 100,
                fmt(transactionsPerJourney));
        if (!pacedLevels.isEmpty()) {
            PacedPhase.Level held = largestHeld();
            target(out, "paced: at least 200 concurrent members with p99 ≤ 150 ms (≤ 500 ms for account creation and login)",
                    held != null && held.members() >= 200, pacedVerdict());
        }
        double searchP99 = first(searchLatencies).p99();
        target(out, "organisation search p99 ≤ 20 ms (over HTTP, the query mix)", searchP99 <= SEARCH_P99_TARGET_MS,
                fmt(searchP99) + " ms");
        PacedPhase.Level searched = largestHeld();
        if (searched != null) {
            double pacedSearchP99 = searched.memberRequests().stream()
                    .filter(summary -> summary.type().equals("GET /cabinet/organisations")).mapToDouble(Latencies.Summary::p99)
                    .findFirst().orElse(Double.NaN);
            target(out, "organisation search p99 ≤ 20 ms while " + searched.members() + " paced members run (the largest"
                    + " level that holds)", pacedSearchP99 <= SEARCH_P99_TARGET_MS, fmt(pacedSearchP99) + " ms");
        }
        target(out, "the load runs in a 512 MiB heap", errors == 0 && heapMaxMiB <= 512,
                "max heap " + fmt(heapMaxMiB) + " MiB, " + fmt(heapUsedMiB) + " MiB used after the run");
        return out.toString();
    }

    /**
     * Where the app's CPU went, from its profile: each phase's share of the samples, and that share of the app's CPU
     * per journey (with the flight recorder GC, JIT and native code are not sampled, so they are spread over the
     * phases; async-profiler samples them as the JVM's own phase).
     */
    private void profile(StringBuilder out, double cpuMillisPerJourney) {
        if (saturatingProfile.total() == 0) {
            return;
        }
        out.append("\n**Where the app's CPU goes** (").append(profiler).append(", split by the stack: class `AppProfile`;")
                .append(" saturating window ").append(saturatingProfile.total())
                .append(" samples").append(pacedProfile.total() == 0 ? "" : ", paced phase " + pacedProfile.total())
                .append(")\n\n| phase | saturating: share of samples | saturating: ms of app CPU per journey |")
                .append(pacedProfile.total() == 0 ? "" : " paced: share of samples |").append("\n| --- | --- | --- |")
                .append(pacedProfile.total() == 0 ? "" : " --- |").append('\n');
        for (AppProfile.Phase phase : AppProfile.Phase.values()) {
            out.append("| ").append(phase.label).append(" | ").append(percent(saturatingProfile.share(phase)))
                    .append(" | ").append(fmt(saturatingProfile.share(phase) * cpuMillisPerJourney)).append(" |")
                    .append(pacedProfile.total() == 0 ? "" : " " + percent(pacedProfile.share(phase)) + " |")
                    .append('\n');
        }
    }

    int pacedErrors() {
        return pacedLevels.stream().mapToInt(level -> level.latencies().errorCount()).sum();
    }

    /**
     * (3b) One summary row per level, the verdict, and per level the member requests against their limits. The
     * reviewer's requests in Tasklist are left out: the reviewer is not one of the members counted.
     */
    private void paced(StringBuilder out) {
        if (pacedLevels.isEmpty()) {
            return;
        }
        out.append("\n**Paced phase** (members pause 1–3 s, seeded, before each request they make by hand; a level runs")
                .append(" until every request type made in at least half of the journeys has ").append(pacedSamples)
                .append(" samples or ").append(pacedCapSeconds).append(" s passed; «Обрабатываем» waits on its long poll,")
                .append(" which is not think time)\n\n")
                .append("| members | journeys | s | fewest samples | failed | requests over their p99 limit | limits hold |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (PacedPhase.Level level : pacedLevels) {
            out.append("| ").append(level.members()).append(" | ").append(level.journeys()).append(" | ")
                    .append(fmt(level.seconds())).append(" | ").append(level.fewestSamples())
                    .append(level.capped() ? " (time cap)" : "").append(" | ")
                    .append(level.latencies().errorCount() == 0 ? "0" : "**" + level.latencies().errorCount() + "**")
                    .append(" | ").append(level.over().isEmpty() ? "none" : String.join(", ", level.over().stream()
                            .map(summary -> summary.type() + " " + fmt(summary.p99()) + " ms").toList()))
                    .append(" | ").append(level.holds() ? "yes" : "**no**").append(" |\n");
        }
        out.append("\n").append(pacedVerdict()).append("; after the phase: journeys not at their end / incidents / ")
                .append("failing jobs / jobs still due ").append(afterPaced.row()).append(" (must be 0)\n");
        for (PacedPhase.Level level : pacedLevels) {
            if (level.latencies().errorCount() > 0) {
                out.append("\n**!!! ").append(level.latencies().errorCount()).append(" FAILED REQUESTS OR JOURNEYS at ")
                        .append(level.members()).append(" paced members: that level's figures are not valid !!!**\n\n");
                level.latencies().errorSamples().forEach(sample -> out.append("- `").append(sample.replace('`', '\''))
                        .append("`\n"));
            }
        }
        for (PacedPhase.Level level : pacedLevels) {
            out.append("\n*").append(level.members()).append(" paced members*\n\n")
                    .append("| request | count | p50 ms | p99 ms | max ms | p99 limit ms | errors |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (Latencies.Summary summary : level.memberRequests()) {
                double limit = PacedPhase.limit(summary.type());
                out.append("| ").append(summary.type()).append(" | ").append(summary.count()).append(" | ")
                        .append(fmt(summary.p50())).append(" | ")
                        .append(summary.p99() > limit ? "**" + fmt(summary.p99()) + "**" : fmt(summary.p99()))
                        .append(" | ").append(fmt(summary.max())).append(" | ").append(fmt(limit)).append(" | ")
                        .append(summary.errors()).append(" |\n");
            }
        }
    }

    private PacedPhase.Level largestHeld() {
        PacedPhase.Level held = null;
        for (PacedPhase.Level level : pacedLevels) {
            if (!level.holds()) {
                break;
            }
            held = level;
        }
        return held;
    }

    private String pacedVerdict() {
        PacedPhase.Level held = largestHeld();
        PacedPhase.Level failed = pacedLevels.stream().filter(level -> !level.holds()).findFirst().orElse(null);
        return "largest level that holds: " + (held == null ? "none" : held.members() + " members")
                + "; first that does not: " + (failed == null ? "none tried" : failed.members() + " members");
    }

    /**
     * (6) The herd: its own date, commit and load average (it may be run alone), the rates, the requests against their
     * targets, the CPU, and whether every saved answer is in the record and the score.
     */
    String herdSection() {
        HerdPhase.Report report = herd;
        HerdPhase.Settings settings = report.settings();
        StringBuilder out = new StringBuilder("## The herd at the start of a dictation edition (issue 19)\n\n");
        out.append("| | |\n| --- | --- |\n")
                .append("| date (UTC) | ").append(report.window()[0].truncatedTo(ChronoUnit.SECONDS)).append(" |\n")
                .append("| commit measured | ").append(commit()).append(" |\n")
                .append("| load average before / after the herd | ").append(report.loadBefore()).append(" / ")
                .append(report.loadAfter()).append(" |\n")
                .append("| run | ").append(settings.members()).append(" members signed in, each opening the edition's page and ")
                .append("pressing «Начать» at a random moment within ").append(settings.startWindow().toSeconds())
                .append(" s; ").append(HerdPhase.QUESTIONS).append(" questions, ").append(settings.thinkText())
                .append(" think time before each answer and before «Завершить», ")
                .append(percent(settings.changeShare())).append(" of the answers changed once; after ")
                .append(settings.warmUps()).append(" warm-up herds; edition `")
                .append(report.edition()).append("` |\n\n");
        int errors = report.errors();
        if (errors > 0) {
            out.append("**!!! ").append(errors).append(" FAILED REQUESTS: the figures below are not valid !!!**\n\n");
            report.latencies().errorSamples().forEach(sample -> out.append("- `").append(sample.replace('`', '\''))
                    .append("`\n"));
            out.append('\n');
        }
        out.append("| measure | value |\n| --- | --- |\n");
        out.append("| members whose attempt started / finished | ").append(report.started()).append(" / ")
                .append(report.finished()).append(" |\n");
        out.append("| starts/s: attempts started ÷ s from the herd's start to the last questions page served (")
                .append(fmt(report.startBurstSeconds())).append(" s) | ").append(fmt(report.startsPerSecond())).append(" |\n");
        out.append("| saves/s: ").append(report.saves()).append(" saves (").append(report.changes())
                .append(" of them changes) ÷ s from the first to the last (").append(fmt(report.saveSeconds()))
                .append(" s) | ").append(fmt(report.savesPerSecond())).append(" |\n");
        out.append("| failed requests (must be 0) | ").append(errors == 0 ? "0" : "**" + errors + "**").append(" |\n");
        out.append("| every saved answer counted: attempts checked; answers compared; attempts whose answers differ from ")
                .append("the last 200 OK saves; scores not as those answers earn; attempts not scored (must be ")
                .append(settings.members()).append("; …; 0; 0; 0) | ")
                .append(report.counted() ? "" : "**").append(report.attemptsChecked()).append("; ")
                .append(report.answersChecked()).append("; ").append(report.answerMismatches()).append("; ")
                .append(report.scoreMismatches()).append("; ").append(report.notScored())
                .append(report.counted() ? "" : "**").append(" |\n");
        cpuRow(out, "the start burst (from the herd's start until every attempt had its questions page)", report.burst());
        cpuRow(out, "the whole phase (until the last «Завершить»)", report.whole());
        out.append("\n| request | count | p50 ms | p99 ms | max ms | p99 target ms | errors |\n")
                .append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Latencies.Summary summary : report.latencies().summaries()) {
            double target = herdTarget(summary.type());
            out.append("| ").append(summary.type()).append(" | ").append(summary.count()).append(" | ")
                    .append(fmt(summary.p50())).append(" | ")
                    .append(summary.p99() > target ? "**" + fmt(summary.p99()) + "**" : fmt(summary.p99())).append(" | ")
                    .append(fmt(summary.max())).append(" | ").append(Double.isInfinite(target) ? "" : fmt(target))
                    .append(" | ").append(summary.errors()).append(" |\n");
        }
        if (herdProfile.total() > 0) {
            out.append("\n**Where the app's CPU goes in the herd** (").append(profiler).append("; ")
                    .append(herdProfile.total()).append(" samples from the herd's start to its end)\n\n")
                    .append("| phase | share of samples |\n| --- | --- |\n");
            for (AppProfile.Phase phase : AppProfile.Phase.values()) {
                out.append("| ").append(phase.label).append(" | ").append(percent(herdProfile.share(phase))).append(" |\n");
            }
        }
        out.append("\n**Targets** (issue 19, at 200 members on our 2-core machine)\n\n");
        double startP99 = p99(report, HerdPhase.START_TO_PAGE);
        double saveP99 = p99(report, HerdPhase.SAVE);
        String at = settings.members() == 200 ? "" : " (run with " + settings.members() + " members, not 200)";
        target(out, "«Начать» p99 ≤ 300 ms: POST start and the questions page it leads to" + at,
                startP99 <= HerdPhase.START_P99_TARGET_MS && settings.members() >= 200, fmt(startP99) + " ms; POST start alone "
                        + fmt(p99(report, HerdPhase.START)) + " ms");
        target(out, "save p99 ≤ 100 ms" + at, saveP99 <= HerdPhase.SAVE_P99_TARGET_MS && settings.members() >= 200,
                fmt(saveP99) + " ms");
        target(out, "0 failed requests", errors == 0, String.valueOf(errors));
        target(out, "every saved answer counted in the record and the score", report.counted(),
                report.answerMismatches() + " attempts with answers not as saved, " + report.scoreMismatches()
                        + " scores not as expected, " + report.notScored() + " not scored, "
                        + (settings.members() - report.attemptsChecked()) + " attempts missing");
        report.mismatchSamples().forEach(sample -> out.append("  - `").append(sample).append("`\n"));
        return out.toString();
    }

    private static void cpuRow(StringBuilder out, String window, HerdPhase.CpuWindow cpu) {
        double seconds = Math.max(1e-9, cpu.seconds());
        out.append("| CPU in ").append(window).append(", ").append(fmt(cpu.seconds()))
                .append(" s: cores used by the app's JVM; PostgreSQL, the whole server; its backends of the app's database;")
                .append(" the load generator (s of CPU in brackets) | ")
                .append(fmt2(cpu.appCpuSeconds() / seconds)).append(" (").append(fmt(cpu.appCpuSeconds())).append("); ")
                .append(fmt2(cpu.postgresCpuSeconds() / seconds)).append(" (").append(fmt(cpu.postgresCpuSeconds())).append("); ")
                .append(fmt2(cpu.backendsCpuSeconds() / seconds)).append(" (").append(fmt(cpu.backendsCpuSeconds())).append("); ")
                .append(fmt2(cpu.loadGeneratorCpuSeconds() / seconds)).append(" (").append(fmt(cpu.loadGeneratorCpuSeconds()))
                .append(") |\n");
    }

    private static double herdTarget(String type) {
        return switch (type) {
            case HerdPhase.START_TO_PAGE -> HerdPhase.START_P99_TARGET_MS;
            case HerdPhase.SAVE -> HerdPhase.SAVE_P99_TARGET_MS;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    private static double p99(HerdPhase.Report report, String type) {
        return report.latencies().summaries().stream().filter(summary -> summary.type().equals(type))
                .mapToDouble(Latencies.Summary::p99).findFirst().orElse(Double.NaN);
    }

    /** The herd's section as the file holds it; empty when it has none. */
    private static String herdPart(String text) {
        int start = text.indexOf(HERD_START);
        int end = text.indexOf(HERD_END);
        return start >= 0 && end > start ? text.substring(start, end + HERD_END.length()) + "\n" : "";
    }

    private String herdWrapped() {
        return HERD_START + "\n\n" + herdSection() + "\n" + HERD_END + "\n";
    }

    /** {@code -Dbenchmark.only=herd}: rewrites the herd's section only (before the notes when the file has none). */
    void writeHerd(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : NOTES_MARKER + "\n";
        String old = herdPart(text);
        if (!old.isEmpty()) {
            text = text.replace(old, herdWrapped());
        } else if (text.contains(NOTES_MARKER)) {
            text = text.replace(NOTES_MARKER, herdWrapped() + "\n" + NOTES_MARKER);
        } else {
            text = text + "\n" + herdWrapped();
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    void write(Path file) throws IOException {
        String notes = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        // a run without the herd keeps the last herd's section, which says when it ran
        String herdPart = herd != null ? herdWrapped() : herdPart(notes);
        notes = notes.contains(NOTES_MARKER) ? notes.substring(notes.indexOf(NOTES_MARKER)) : NOTES_MARKER + "\n";
        Runtime runtime = Runtime.getRuntime();
        long ramMiB = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() / 1024 / 1024;
        String text = "# Benchmark results\n\n"
                + "Written by `./mvnw -B test -Pbenchmark` (docs/benchmark.md); the notes at the end are written by hand.\n\n"
                + "| | |\n| --- | --- |\n"
                + "| date (UTC) | " + startedAt.truncatedTo(ChronoUnit.SECONDS) + " |\n"
                + "| commit measured | " + commit() + " |\n"
                + "| machine | " + runtime.availableProcessors() + " cores, " + ramMiB + " MiB RAM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |\n"
                + "| JVM | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; the app in a JVM of its own (pid " + appPid + "), heap max " + fmt(heapMaxMiB) + " MiB |\n"
                + "| PostgreSQL | " + postgres + " (same server for every part) |\n"
                + "| load average before / after | " + loadBefore + " / " + loadAfter + " |\n\n"
                + table() + "\n" + (herdPart.isEmpty() ? "" : herdPart + "\n") + notes;
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String commit() {
        return "`" + git("rev-parse", "--short", "HEAD") + "`"
                + (git("status", "--porcelain", "--untracked-files=no").isBlank() ? "" : " with uncommitted changes");
    }

    private double perJourney(double seconds) {
        return seconds * 1000 / Math.max(1, journeys);
    }

    private static Latencies.Summary first(Latencies latencies) {
        return latencies.summaries().stream().findFirst()
                .orElse(new Latencies.Summary("search", 0, 0, 0, 0, 0));
    }

    private static void row(StringBuilder out, String number, String measure, String value) {
        out.append("| ").append(number).append(" | ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static void target(StringBuilder out, String target, boolean met, String detail) {
        out.append("- ").append(met ? "met" : "**MISSED**").append(": ").append(target).append(" (").append(detail)
                .append(")\n");
    }

    private static String git(String... arguments) {
        try {
            Process process = new ProcessBuilder(concat("git", arguments)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String fmt(double value) {
        return String.valueOf(round(value));
    }

    private static String fmt2(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String fmt4(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }
}
