package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unioncabinet.benchmark.GreenMailInbox;
import org.unioncabinet.benchmark.Inbox;
import org.unioncabinet.benchmark.Latencies;
import org.unioncabinet.benchmark.MemberData;
import org.unioncabinet.benchmark.MemberJourney;
import org.unioncabinet.benchmark.WebSession;
import org.unioncabinet.support.AppJvm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The first start of docs/operations.md («A real deployment» → «First start, step by step»), run against the built jar
 * on a fresh database as PostgreSQL's image leaves it: {@code --migrate-schema} (the {@code migrate} service), the
 * serving node ({@code app}, {@code DB_SCHEMA_UPDATE=false}, mail to an SMTP server in this JVM standing in for the
 * union's relay), then, while it starts and serves, the three documented imports as one-off commands with
 * {@code JOBS_ENABLED=false … --server.port=0}: the organisation directory, the registry, the reviewers. The running
 * node mails the imported reviewer the link to set a password, which she follows; then a member joins a school of the
 * imported directory (variant 2) over HTTP, and that reviewer approves her in Tasklist. Every JVM is {@code java -jar
 * target/union-cabinet.jar} in {@code prod}, as the image runs it; what differs from the stack is said where it is set.
 * An integration test (failsafe, after {@code package}): {@code ./mvnw verify} runs it.
 */
class FirstRunIT {

    private static final Logger log = LoggerFactory.getLogger(FirstRunIT.class);
    private static final Path JAR = Path.of("target", "union-cabinet.jar");
    private static final Path LOGS = Path.of("target", "first-run");
    /** What the one-off import containers get: {@code docker-compose run --rm -e JOBS_ENABLED=false app …}. */
    private static final Map<String, String> ONE_OFF = Map.of("DB_SCHEMA_UPDATE", "false", "JOBS_ENABLED", "false");

    /** Two schools and a kindergarten in two regions (named and by code), ИНН with their check digits. */
    private static final String DIRECTORY = """
            регион;территориальная_организация;первичная_организация;полное_наименование;краткое_наименование;инн;муниципалитет
            Воронежская область;Лискинская районная организация Профсоюза;ППО МБОУ СОШ № 7 г. Лиски;Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» г. Лиски;МБОУ СОШ № 7 г. Лиски;3664012344;Лискинский район
            36;Лискинская районная организация Профсоюза;ППО МБДОУ Детский сад № 3 г. Лиски;Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 3» г. Лиски;МБДОУ Детский сад № 3 г. Лиски;3664012351;Лискинский район
            Москва;Территориальная организация Профсоюза ЮАО г. Москвы;ППО ГБОУ Школа № 1241;Государственное бюджетное общеобразовательное учреждение города Москвы «Школа № 1241»;ГБОУ Школа № 1241;7701005120;Южный административный округ
            """;
    private static final String REGISTRY = """
            фамилия;имя;отчество;дата_рождения;номер_билета;образовательная_организация;первичная_организация;статус
            Орлова;Ирина;Павловна;05.09.1982;3664 0000 0000 0011;МБОУ СОШ № 7 г. Лиски;ППО МБОУ СОШ № 7 г. Лиски;состоит
            Белов;Сергей;Андреевич;1975-02-17;3664-0000-0000-0029;МБОУ СОШ № 7 г. Лиски;ППО МБОУ СОШ № 7 г. Лиски;выбыл
            """;
    private static final String REVIEWER = "chair";
    private static final String REVIEWER_EMAIL = "chair@school7.example.org";
    private static final String REVIEWER_PASSWORD = "Рассмотрю-2026";
    private static final String REVIEWERS = """
            логин;email;фамилия;имя;отчество;организация;статус
            chair;chair@school7.example.org;Сидорова;Анна;Ивановна;3664012344;активен
            """;
    private static final MemberData.School SCHOOL = new MemberData.School("МБОУ СОШ № 7 г. Лиски",
            List.of("сош", "сош 7", "сош 7 лиски"));

    private static final Pattern SET_PASSWORD_LINK = Pattern.compile("https?://[^/\\s]+(/reviewer/password\\?token=(\\S+))");
    private static final Pattern TICKET = Pattern.compile("<dd class=\"ticket\">(\\d{4} \\d{4} \\d{4} \\d{4})</dd>");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);

    private static String database;
    private static GreenMail relay;

    @BeforeAll
    static void freshDatabaseAndRelay() throws Exception {
        database = AppJvm.freshDatabase("_first_run");
        relay = new GreenMail(new ServerSetup(AppJvm.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        relay.start();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (relay != null) {
            relay.stop();
        }
        AppJvm.dropDatabase(database);
    }

    @Test
    void theDocumentedFirstStartLetsAMemberJoinASchoolOfTheImportedDirectoryApprovedByAnImportedReviewer(
            @TempDir Path files) throws Exception {
        long started = System.nanoTime();
        int port = AppJvm.freePort();
        String base = "http://localhost:" + port;
        Map<String, String> stack = new HashMap<>(AppJvm.prod(database));
        stack.putAll(Map.of(
                // prod takes plain http for localhost only (a trial on one machine); the stack has https behind its proxy
                "BASE_URL", base,
                "COOKIE_SECURE", "false",
                "ADMIN_USER", "operator",
                "MAIL_DOMAIN", "example.org",
                "SMTP_HOST", "127.0.0.1",
                "SMTP_PORT", String.valueOf(relay.getSmtp().getPort()),
                "SMTP_AUTH", "false",
                "SMTP_STARTTLS", "false"));
        AppJvm app = AppJvm.fromJar(JAR, LOGS, stack);

        // 3. docker-compose up: migrate first, then the serving node
        assertThat(app.run("migrate", Map.of(), "--migrate-schema")).as(app.log("migrate")).isZero();
        assertThat(app.log("migrate")).contains("Migrating schema");
        long migrated = System.nanoTime();
        Process node = app.start("node", Map.of("DB_SCHEMA_UPDATE", "false", "PORT", String.valueOf(port)));
        try {
            // 5. the imports, while the node starts and serves, in the documented order
            String directory = importing(app, "import-organisations", write(files, "organisations.csv", DIRECTORY));
            assertThat(directory).contains("Импорт образовательных организаций", "  добавлено: 3",
                    "  с ошибками (не загружены): 0");
            String registry = importing(app, "import-registry", write(files, "registry.csv", REGISTRY));
            assertThat(registry).contains("Прочитано строк: 2; добавлено: 2, обновлено: 0, без изменений: 0, с ошибками: 0.");
            String reviewers = importing(app, "import-reviewers", write(files, "reviewers.csv", REVIEWERS));
            assertThat(reviewers).contains("Импорт рассматривающих заявления", "  добавлено: 1",
                    "  писем со ссылкой для задания пароля: 1", "  с ошибками (не загружены): 0");
            long imported = System.nanoTime();

            assertThat(AppJvm.awaitHealthy(node, base + "/actuator/health", HealthProbe::check)).as(app.log("node")).isEqualTo("UP");
            HttpClient http = HttpClient.newHttpClient();
            Inbox inbox = new GreenMailInbox(relay);
            theReviewerSetsHerPasswordByTheMailedLink(http, base, inbox);

            MemberData member = MemberData.joining(SCHOOL);
            Latencies latencies = new Latencies();
            MemberJourney journey = new MemberJourney(http, List.of(base), latencies, inbox,
                    MemberJourney.reviewer(http, List.of(base), latencies, REVIEWER, REVIEWER_PASSWORD), REVIEWER,
                    new ObjectMapper());
            WebSession cabinet = journey.run(member);

            String home = cabinet.get("GET /cabinet", "/cabinet", 200).body();
            Matcher ticket = TICKET.matcher(home);
            assertThat(ticket.find()).as("the cabinet shows the e-ticket of an admitted member").isTrue();
            assertThat(home).contains(SCHOOL.shortName(), "ППО МБОУ СОШ № 7 г. Лиски");
            assertThat(awaitMail(inbox, member.email, "Вы поставлены на учёт").text().replace(" ", ""))
                    .contains(ticket.group(1).replace(" ", ""));
            assertThat(awaitMail(inbox, REVIEWER_EMAIL, "Новое заявление о вступлении в Профсоюз").text())
                    .as("the imported reviewer heard of the application").contains(member.fullName());
            for (String jvm : List.of("migrate", "import-organisations", "import-registry", "import-reviewers", "node")) {
                assertThat(app.log(jvm)).as("%s logged no error", jvm).doesNotContain("\"level\":\"ERROR\"");
            }
            log.info("First run against the jar: migrate {} s, imports while the node starts {} s, then healthy node, "
                    + "reviewer's password and a member's variant 2 {} s; {} s in all",
                    seconds(started, migrated), seconds(migrated, imported), seconds(imported, System.nanoTime()),
                    seconds(started, System.nanoTime()));
        } finally {
            AppJvm.stop(node);
        }
    }

    /**
     * {@code JOBS_ENABLED=false java -jar union-cabinet.jar --<option>=<file> --server.port=0}, which exits 0 (every
     * line loaded); its output.
     */
    private static String importing(AppJvm app, String option, Path file) throws Exception {
        assertThat(app.run(option, ONE_OFF, "--" + option + "=" + file.toAbsolutePath(), "--server.port=0"))
                .as(app.log(option)).isZero();
        return app.log(option);
    }

    /** The mail the running node sent for the import's queued job: the link, the page, the password twice. */
    private static void theReviewerSetsHerPasswordByTheMailedLink(HttpClient http, String base, Inbox inbox)
            throws InterruptedException {
        Inbox.Mail invitation = awaitMail(inbox, REVIEWER_EMAIL, "Задайте пароль");
        assertThat(invitation.text()).contains("Ваш логин: " + REVIEWER);
        Matcher link = SET_PASSWORD_LINK.matcher(invitation.text());
        assertThat(link.find()).as(invitation.text()).isTrue();
        WebSession browser = new WebSession(http, List.of(base), new Latencies());
        assertThat(browser.get("GET set-password", link.group(1), 200).body()).contains(REVIEWER);
        assertThat(browser.postForm("POST set-password", "/reviewer/password", Map.of("token", link.group(2),
                "password", REVIEWER_PASSWORD, "passwordRepeat", REVIEWER_PASSWORD), 200).body()).contains("Пароль сохранён");
    }

    private static Inbox.Mail awaitMail(Inbox inbox, String address, String subject) throws InterruptedException {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        do {
            Optional<Inbox.Mail> mail = inbox.to(address).stream().filter(m -> m.subject().contains(subject)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("No mail «" + subject + "» to " + address + " within " + MAIL_WAIT);
    }

    private static Path write(Path directory, String name, String text) throws Exception {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static long seconds(long from, long to) {
        return Duration.ofNanos(to - from).toSeconds();
    }
}
