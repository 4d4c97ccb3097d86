package org.unioncabinet.benchmark;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.sql.Array;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.dictation.BenchmarkImport;
import org.unioncabinet.dictation.DictationImport;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * The herd at the start of a «Профсоюзный диктант» edition (issue 19, docs/benchmark.md): N members, signed in, each
 * opening the edition's page and pressing «Начать» at a random moment within a few seconds, then answering its 30
 * questions at a human pace (some answers changed once), then «Завершить». Afterwards what each member's browser had
 * saved last (its 200 OK answers) is compared with the record and with the score the attempt's process wrote.
 *
 * <p>Set-up, not measured: an edition imported from a generated CSV file through the app's import service (as
 * {@code --import-dictation} does, over the same database), open now; N registry records and N confirmed accounts
 * written over JDBC, each linked to its record and holding the dictation consent (one Argon2id hash of
 * {@link Members#PASSWORD} by the app's own encoder for all), then signed in over HTTP ({@code POST /login}).
 */
final class HerdPhase {

    private static final Logger log = LoggerFactory.getLogger(HerdPhase.class);
    private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Pattern QUESTION = Pattern.compile("data-question=\"(\\d+)\"");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*type=\"(radio|checkbox)\"[^>]*name=\"q(\\d+)\"[^>]*value=\"(\\d+)\"");
    private static final long SEED = 19;
    static final int QUESTIONS = 30;
    private static final int WARM_UP_MEMBERS = 50;
    /** Every fifth question is a multiple choice with two correct options; the others have one. */
    private static final int OPTIONS = 4;

    static final String OPEN_PAGE = "GET edition page (rules, «Начать»)";
    static final String START = "POST start («Начать»)";
    static final String QUESTIONS_PAGE = "GET questions page (after «Начать»)";
    /** POST start and the questions page it redirects to: what the member waits for after the click. */
    static final String START_TO_PAGE = "«Начать»: POST start + questions page";
    static final String SAVE = "POST answers (a save)";
    static final String FINISH = "POST finish («Завершить»)";
    static final String FINISHED_PAGE = "GET page after «Завершить»";

    static final double SAVE_P99_TARGET_MS = 100;
    static final double START_P99_TARGET_MS = 300;

    /** How the phase is run. */
    record Settings(int members, Duration startWindow, long thinkMinMillis, long thinkMaxMillis, double changeShare,
            int warmUps) {

        String thinkText() {
            return thinkMinMillis / 1000.0 + "–" + thinkMaxMillis / 1000.0 + " s";
        }
    }

    /** CPU of the app and of PostgreSQL over a window, and the window's length. */
    record CpuWindow(double seconds, double appCpuSeconds, double postgresCpuSeconds, double backendsCpuSeconds,
            double loadGeneratorCpuSeconds) {

        static CpuWindow between(CabinetBenchmark.Cpu before, CabinetBenchmark.Cpu after, long nanos) {
            return new CpuWindow(nanos / 1e9, (after.app() - before.app()) / 1e9,
                    (after.postgres() - before.postgres()) / 1e9, after.backendsSince(before) / 1e9,
                    (after.loadGenerator() - before.loadGenerator()) / 1e9);
        }
    }

    /** What the phase measured and what the record says afterwards. */
    record Report(Settings settings, String edition, Latencies latencies, int started, int finished, int saves,
            int changes, double startsPerSecond, double startBurstSeconds, double savesPerSecond, double saveSeconds,
            CpuWindow burst, CpuWindow whole, int attemptsChecked, int answersChecked, int answerMismatches,
            int scoreMismatches, int notScored, List<String> mismatchSamples, Instant[] window, String loadBefore,
            String loadAfter) {

        int errors() {
            return latencies.errorCount();
        }

        boolean counted() {
            return answerMismatches == 0 && scoreMismatches == 0 && notScored == 0 && attemptsChecked == settings.members();
        }
    }

    /** The member's view of one question: its id, whether several may be chosen, option ids in order, the correct. */
    private record Question(long id, int points, boolean multiple, List<Long> options, Set<Long> correct) {
    }

    /** One question of the generated file: its points and which option positions (1-based) are correct. */
    private record Key(int points, boolean multiple, Set<Integer> correct) {
    }

    private final Settings settings;

    HerdPhase(Settings settings) {
        this.settings = settings;
    }

    /** An imported edition and its members, signed in. */
    private record Prepared(String code, List<Key> keys, List<String> emails, List<WebSession> sessions) {
    }

    /** What one herd did: its latencies, counters, CPU windows and what each member saved last. */
    private record Run(Latencies latencies, int started, int finished, int saves, int changes, double startBurstSeconds,
            double saveSeconds, CpuWindow burst, CpuWindow whole, Instant[] window, String loadBefore, String loadAfter,
            Map<Integer, Map<Long, Set<Long>>> lastSaved, Map<Long, Question> questions) {
    }

    /**
     * Smaller herds ({@code warmUps} of them) on editions of their own first, not measured, with short pauses: the
     * app's JIT compiler has then compiled these paths, as on a node that has served members for hours (a fresh app's
     * compiler had 48 % of its CPU in the herd of 2026-12-06); then until the compiler is quiet.
     */
    private void warmUp(AppProcess app, DataSource database, HttpClient http, PasswordEncoder encoder) throws Exception {
        int members = Math.min(settings.members(), WARM_UP_MEMBERS);
        Settings quick = new Settings(members, Duration.ofSeconds(1), 50, 300, settings.changeShare(), 0);
        HerdPhase warm = new HerdPhase(quick);
        JdbcClient jdbc = JdbcClient.create(database);
        for (int round = 0; round < settings.warmUps(); round++) {
            Run run = warm.herd(app, jdbc, warm.prepare(app, database, http, encoder));
            if (run.latencies().errorCount() > 0) {
                throw new IllegalStateException("the herd's warm-up failed: " + run.latencies().errorSamples());
            }
        }
        long waited = System.nanoTime();
        long compiler;
        do {
            compiler = app.compilerCpuNanos();
            MemberJourney.pause(5000);
        } while (app.compilerCpuNanos() - compiler > 250_000_000L && System.nanoTime() - waited < 60_000_000_000L);
        log.info("(herd) warmed up: {} rounds of {} members", settings.warmUps(), members);
    }

    Report run(AppProcess app, DataSource database, HttpClient http, PasswordEncoder encoder) throws Exception {
        JdbcClient jdbc = JdbcClient.create(database);
        warmUp(app, database, http, encoder);
        Prepared prepared = prepare(app, database, http, encoder);
        log.info("(herd) edition {} imported, {} members signed in; the herd starts", prepared.code(),
                prepared.emails().size());
        Run run = herd(app, jdbc, prepared);
        String code = prepared.code();
        List<String> emails = prepared.emails();
        Map<Integer, Map<Long, Set<Long>>> lastSaved = run.lastSaved();
        // every saved answer counted: the record against what each browser saved last, the score against the points
        // those answers earn by the file the herd generated (not by the record's correct options: a check of its own)
        Map<Long, Question> questions = run.questions();
        int attemptsChecked = 0;
        int answersChecked = 0;
        int answerMismatches = 0;
        int scoreMismatches = 0;
        int notScored = 0;
        List<String> samples = new ArrayList<>();
        for (int member = 0; member < settings.members(); member++) {
            String email = emails.get(member);
            Map<Long, Set<Long>> saved = lastSaved.getOrDefault(member, Map.of());
            List<Map<String, Object>> attempt = jdbc.sql("""
                    SELECT a.id, a.score, a.finished_at FROM app.dictation_attempt a
                    JOIN app.account acc ON acc.id = a.account_id
                    JOIN app.dictation_edition e ON e.id = a.edition_id
                    WHERE acc.email = :email AND e.code = :code
                    """).param("email", email).param("code", code).query().listOfRows();
            if (attempt.isEmpty()) {
                continue;
            }
            attemptsChecked++;
            Map<Long, Set<Long>> recorded = new HashMap<>();
            jdbc.sql("SELECT question_id, option_ids FROM app.dictation_answer WHERE attempt_id = :id")
                    .param("id", attempt.get(0).get("id")).query((rs, row) -> {
                        recorded.put(rs.getLong("question_id"), ids(rs.getArray("option_ids")));
                        return null;
                    }).list();
            answersChecked += saved.size();
            if (!recorded.equals(saved)) {
                answerMismatches++;
                sample(samples, email + ": saved " + saved + ", recorded " + recorded);
            }
            Object score = attempt.get(0).get("score");
            int expected = saved.entrySet().stream()
                    .filter(answer -> answer.getValue().equals(questions.get(answer.getKey()).correct()))
                    .mapToInt(answer -> questions.get(answer.getKey()).points()).sum();
            if (score == null) {
                notScored++;
                sample(samples, email + ": not scored (finished at " + attempt.get(0).get("finished_at") + ")");
            } else if (((Number) score).intValue() != expected) {
                scoreMismatches++;
                sample(samples, email + ": score " + score + ", expected " + expected);
            }
        }
        Report report = new Report(settings, code, run.latencies(), run.started(), run.finished(), run.saves(),
                run.changes(), run.started() / Math.max(1e-9, run.startBurstSeconds()), run.startBurstSeconds(),
                run.saves() / Math.max(1e-9, run.saveSeconds()), run.saveSeconds(), run.burst(), run.whole(),
                attemptsChecked, answersChecked, answerMismatches, scoreMismatches, notScored, List.copyOf(samples),
                run.window(), run.loadBefore(), run.loadAfter());
        log.info("(herd) {} members: {} started ({} starts/s), {} saves ({} saves/s), {} finished, {} errors; "
                + "answers not as saved {}, scores not as expected {}, not scored {}", settings.members(),
                report.started(), CabinetBenchmark.round(report.startsPerSecond()), report.saves(),
                CabinetBenchmark.round(report.savesPerSecond()), report.finished(), report.errors(),
                report.answerMismatches(), report.scoreMismatches(), report.notScored());
        return report;
    }

    private Prepared prepare(AppProcess app, DataSource database, HttpClient http, PasswordEncoder encoder)
            throws Exception {
        JdbcClient jdbc = JdbcClient.create(database);
        List<Key> keys = keys();
        String code = importEdition(database, keys);
        List<String> emails = seedMembers(jdbc, encoder);
        List<String> nodes = List.of(app.base);
        Latencies setUp = new Latencies();
        List<WebSession> sessions = Collections.synchronizedList(new ArrayList<>(Collections.nCopies(emails.size(), null)));
        // 4 at a time: each login hashes (Argon2id, one per core at a time in the app)
        CabinetBenchmark.concurrently(4, thread -> {
            for (int i = thread; i < emails.size(); i += 4) {
                WebSession session = new WebSession(http, nodes, setUp);
                session.get("GET /login", "/login", 200);
                session.postForm("POST /login", "/login", Map.of("email", emails.get(i), "password", Members.PASSWORD), 302);
                sessions.set(i, session);
            }
        });
        if (setUp.errorCount() > 0) {
            throw new IllegalStateException("the herd's members could not sign in: " + setUp.errorSamples());
        }
        return new Prepared(code, keys, emails, sessions);
    }

    /** The herd itself: every member from the page and «Начать» to «Завершить». */
    private Run herd(AppProcess app, JdbcClient jdbc, Prepared prepared) throws Exception {
        String code = prepared.code();
        List<Key> keys = prepared.keys();
        List<WebSession> sessions = prepared.sessions();
        Latencies latencies = new Latencies();
        String loadBefore = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        Map<Integer, Map<Long, Set<Long>>> lastSaved = new ConcurrentHashMap<>();
        Map<Long, Question> shown = new ConcurrentHashMap<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger saves = new AtomicInteger();
        AtomicInteger changes = new AtomicInteger();
        AtomicLong firstSave = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastSaveEnd = new AtomicLong();
        AtomicLong lastStartEnd = new AtomicLong();
        CountDownLatch allStarted = new CountDownLatch(settings.members());
        CabinetBenchmark.Cpu before = CabinetBenchmark.Cpu.now(app, jdbc);
        Instant windowStart = Instant.now();
        long herdStart = System.nanoTime();
        CabinetBenchmark.Cpu[] afterBurst = new CabinetBenchmark.Cpu[1];
        long[] burstEnd = new long[1];
        Thread burstWatch = new Thread(() -> {
            try {
                allStarted.await();
                burstEnd[0] = System.nanoTime();
                afterBurst[0] = CabinetBenchmark.Cpu.now(app, jdbc);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "herd-burst-watch");
        burstWatch.start();
        String path = "/cabinet/dictation/" + code;
        CabinetBenchmark.concurrently(settings.members(), member -> {
            Random random = new Random(SEED * 1_000_000 + settings.members() * 1000L + member);
            WebSession session = sessions.get(member).withLatencies(latencies);
            Map<Long, Set<Long>> saved = new LinkedHashMap<>();
            lastSaved.put(member, saved);
            boolean counted = false;
            try {
                MemberJourney.pause(Math.max(0, herdStart / 1_000_000 + random.nextLong(settings.startWindow().toMillis())
                        - System.nanoTime() / 1_000_000));
                WebSession.Page rules = session.get(OPEN_PAGE, path, 200);
                if (!rules.body().contains(path + "/start")) {
                    throw new WebSession.UnexpectedResponse(OPEN_PAGE, "no «Начать» on the page");
                }
                long pressed = System.nanoTime();
                WebSession.Page start = session.postForm(START, path + "/start", Map.of(), 302);
                if (!start.location().endsWith(path)) {
                    throw new WebSession.UnexpectedResponse(START, "redirected to " + start.location());
                }
                WebSession.Page page = session.get(QUESTIONS_PAGE, path, 200);
                latencies.record(START_TO_PAGE, System.nanoTime() - pressed);
                if (page.body().contains("data-dictation-form") && page.body().contains("data-answers-url")) {
                    started.incrementAndGet();
                } else {
                    throw new WebSession.UnexpectedResponse(QUESTIONS_PAGE, "no questions after «Начать»");
                }
                lastStartEnd.accumulateAndGet(System.nanoTime(), Math::max);
                allStarted.countDown();
                counted = true;
                List<Question> questions = questions(page.body(), keys);
                questions.forEach(question -> shown.put(question.id(), question));
                for (Question question : questions) {
                    think(random);
                    Set<Long> choice = choose(question, random);
                    save(session, path, question, choice, saved, saves, firstSave, lastSaveEnd);
                    if (random.nextDouble() < settings.changeShare()) {
                        think(random);
                        Set<Long> other;
                        do {
                            other = choose(question, random);
                        } while (other.equals(choice));
                        save(session, path, question, other, saved, saves, firstSave, lastSaveEnd);
                        changes.incrementAndGet();
                    }
                }
                think(random);
                // the form sends every checked input, as the browser does
                List<Map.Entry<String, String>> form = new ArrayList<>();
                saved.forEach((question, options) -> options.forEach(option -> form.add(Map.entry("q" + question,
                        String.valueOf(option)))));
                WebSession.Page finish = session.postForm(FINISH, path + "/finish", form, 302);
                if (!finish.location().endsWith(path)) {
                    throw new WebSession.UnexpectedResponse(FINISH, "redirected to " + finish.location());
                }
                session.get(FINISHED_PAGE, path, 200);
                finished.incrementAndGet();
            } catch (RuntimeException e) {
                latencies.error(e instanceof WebSession.UnexpectedResponse unexpected ? unexpected.type : "herd member",
                        e.toString());
            } finally {
                if (!counted) {
                    allStarted.countDown();
                }
            }
        });
        long herdEnd = System.nanoTime();
        CabinetBenchmark.Cpu after = CabinetBenchmark.Cpu.now(app, jdbc);
        Instant windowEnd = Instant.now();
        burstWatch.join();
        String loadAfter = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();

        CpuWindow burst = afterBurst[0] == null ? new CpuWindow(0, 0, 0, 0, 0)
                : CpuWindow.between(before, afterBurst[0], burstEnd[0] - herdStart);
        return new Run(latencies, started.get(), finished.get(), saves.get(), changes.get(),
                (lastStartEnd.get() - herdStart) / 1e9, (lastSaveEnd.get() - firstSave.get()) / 1e9, burst,
                CpuWindow.between(before, after, herdEnd - herdStart), new Instant[] {windowStart, windowEnd}, loadBefore,
                loadAfter, lastSaved, shown);
    }

    private static void sample(List<String> samples, String text) {
        if (samples.size() < 5) {
            samples.add(text);
        }
    }

    private void save(WebSession session, String path, Question question, Set<Long> choice,
            Map<Long, Set<Long>> saved, AtomicInteger saves, AtomicLong firstSave, AtomicLong lastSaveEnd) {
        String json = "{\"question\":" + question.id() + ",\"options\":" + choice.toString().replace(" ", "") + "}";
        long sent = System.nanoTime();
        firstSave.accumulateAndGet(sent, Math::min);
        WebSession.Page answer = session.postJson(SAVE, path + "/answers", json, 200);
        lastSaveEnd.accumulateAndGet(System.nanoTime(), Math::max);
        if (!answer.body().contains("\"saved\":true") || !answer.body().contains("\"secondsLeft\"")) {
            throw new WebSession.UnexpectedResponse(SAVE, "not saved: " + answer.body());
        }
        saved.put(question.id(), new TreeSet<>(choice));
        saves.incrementAndGet();
    }

    private void think(Random random) {
        MemberJourney.pause(settings.thinkMinMillis()
                + random.nextLong(settings.thinkMaxMillis() - settings.thinkMinMillis() + 1));
    }

    /** A single choice: one option at random; a multiple one: a random non-empty subset. */
    private static Set<Long> choose(Question question, Random random) {
        Set<Long> choice = new TreeSet<>();
        if (!question.multiple()) {
            choice.add(question.options().get(random.nextInt(question.options().size())));
            return choice;
        }
        while (choice.isEmpty()) {
            for (long option : question.options()) {
                if (random.nextBoolean()) {
                    choice.add(option);
                }
            }
        }
        return choice;
    }

    /** The questions as the page shows them, in order, matched to the file's key by their order. */
    private static List<Question> questions(String page, List<Key> keys) {
        List<Long> ids = new ArrayList<>();
        Matcher question = QUESTION.matcher(page);
        while (question.find()) {
            ids.add(Long.parseLong(question.group(1)));
        }
        Map<Long, List<Long>> options = new LinkedHashMap<>();
        Map<Long, Boolean> multiple = new HashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            long id = Long.parseLong(input.group(2));
            options.computeIfAbsent(id, key -> new ArrayList<>()).add(Long.parseLong(input.group(3)));
            multiple.put(id, input.group(1).equals("checkbox"));
        }
        if (ids.size() != keys.size()) {
            throw new WebSession.UnexpectedResponse(QUESTIONS_PAGE, ids.size() + " questions on the page, not " + keys.size());
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Key key = keys.get(i);
            List<Long> own = options.getOrDefault(ids.get(i), List.of());
            if (own.size() != OPTIONS || multiple.get(ids.get(i)) != key.multiple()) {
                throw new WebSession.UnexpectedResponse(QUESTIONS_PAGE, "question " + (i + 1) + " not as imported");
            }
            Set<Long> correct = new TreeSet<>();
            key.correct().forEach(position -> correct.add(own.get(position - 1)));
            questions.add(new Question(ids.get(i), key.points(), key.multiple(), own, correct));
        }
        return questions;
    }

    /** 30 questions: points 1–3, every fifth a multiple choice with options 1 and 3 correct. */
    private static List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS; i++) {
            boolean multiple = i % 5 == 0;
            keys.add(new Key(1 + i % 3, multiple, multiple ? Set.of(1, 3) : Set.of(1 + i % OPTIONS)));
        }
        return keys;
    }

    /**
     * The edition's CSV file, imported through the app's import service ({@link BenchmarkImport}, as
     * {@code --import-dictation} runs it) in one transaction over the app's database: open two minutes ago, for
     * two hours, 60 minutes an attempt, not a demonstration (its results wait for the closing: no mails here).
     */
    private static String importEdition(DataSource database, List<Key> keys) {
        String code = "herd-" + Long.toString(System.currentTimeMillis(), 36);
        ZonedDateTime opens = ZonedDateTime.now(MOSCOW).minusMinutes(2);
        StringBuilder csv = new StringBuilder("код;" + code + "\n"
                + "название;Нагрузочный выпуск «Профсоюзного диктанта»\n"
                + "открытие;" + MOSCOW_TIME.format(opens) + "\n"
                + "закрытие;" + MOSCOW_TIME.format(opens.plusHours(2)) + "\n"
                + "время, минут;60\n\n"
                + "вопрос;тема;баллы;вариант 1;вариант 2;вариант 3;вариант 4;вариант 5;вариант 6;верные\n");
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            csv.append("Вопрос ").append(i + 1).append(" нагрузочного выпуска: что верно о правах члена Профсоюза?;")
                    .append(i % 2 == 0 ? "История Профсоюза" : "Коллективный договор").append(';').append(key.points());
            for (int option = 1; option <= OPTIONS; option++) {
                csv.append(";Вариант ответа ").append(option).append(" на вопрос ").append(i + 1);
            }
            csv.append(";;;").append(String.join(",", key.correct().stream().sorted().map(String::valueOf).toList()))
                    .append('\n');
        }
        DictationImport.Report report = BenchmarkImport.importFile(database, new StringReader(csv.toString()));
        if (report == null || report.hasErrors()) {
            throw new IllegalStateException("the herd's edition was not imported: " + (report == null ? "" : report.toText()));
        }
        return code;
    }

    /**
     * N members as a registry import and N finished registrations would leave them, written over JDBC: a registry
     * record, a confirmed account linked to it (the signature agreement accepted), the dictation consent ticked.
     */
    private List<String> seedMembers(JdbcClient jdbc, PasswordEncoder encoder) {
        String hash = encoder.encode(Members.PASSWORD);
        int agreement = currentVersion(jdbc, "SIGNATURE_AGREEMENT");
        int consent = currentVersion(jdbc, "DICTATION_CONSENT");
        RegistryFixtures registry = new RegistryFixtures(jdbc);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < settings.members(); i++) {
            String email = "herd-" + run + "-" + i + "@example.ru";
            UUID account = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO app.account (id, email, password_hash, status, signature_agreement_version,
                        signature_agreement_accepted_at, created_at, confirmed_at)
                    VALUES (:id, :email, :hash, 'CONFIRMED', :agreement, now(), now(), now())
                    """).param("id", account).param("email", email).param("hash", hash).param("agreement", agreement)
                    .update();
            RegistryFixtures.Entry person = registry.add(MemberData.LAST_NAME_VALUE, MemberData.FIRST_NAME_VALUE,
                    MemberData.MIDDLE_NAME_VALUE, MemberData.BIRTH_DATE_VALUE);
            jdbc.sql("UPDATE app.registry_member SET account_id = :account WHERE id = :id").param("account", account)
                    .param("id", person.id()).update();
            jdbc.sql("""
                    INSERT INTO app.consent (id, account_id, kind, legal_text_version, purpose, given_at, method)
                    VALUES (:id, :account, 'DICTATION', :version, :purpose, now(), 'Отметка в личном кабинете члена Профсоюза')
                    """).param("id", UUID.randomUUID()).param("account", account).param("version", consent)
                    .param("purpose", ConsentKind.DICTATION.purpose()).update();
            emails.add(email);
        }
        return emails;
    }

    private static int currentVersion(JdbcClient jdbc, String kind) {
        return jdbc.sql("SELECT max(version) FROM app.legal_text WHERE kind = :kind AND effective_from <= now()")
                .param("kind", kind).query(Integer.class).single();
    }

    private static Set<Long> ids(Array array) throws java.sql.SQLException {
        Set<Long> ids = new TreeSet<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
