package org.unioncabinet.dictation.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.dictation.Award;
import org.unioncabinet.dictation.Editions;
import org.unioncabinet.dictation.results.EditionResults.GroupMean;
import org.unioncabinet.dictation.results.EditionResults.ScoreBar;
import org.unioncabinet.dictation.results.EditionResults.TopicShare;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.DictationEditions;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.system.CamundaWebappSession;
import org.unioncabinet.system.DisplayDates;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Five attempts with known scores in an edition of their own (3 points: «История» 1, «Право» 2): two members of the
 * registry at a school in one region, a cabinet whose join application names a school of another region and a
 * registry member at that school who never finished, and one attempt whose member the directory does not know.
 */
@CabinetTest
class DictationResultsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DictationEditions dictationEditions;
    @Autowired
    Editions editions;
    @Autowired
    DictationResults results;
    @Autowired
    ResultsMetrics metrics;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;

    /** A school of the directory, its region and its primary organisation. */
    record School(long id, String name, String region, long organisationId, String organisation) {
    }

    String code;
    long editionId;
    School vasilyevsk;
    School other;
    /** The options of «История» (1 correct) and «Право» (2 and 4 correct), in order. */
    List<Long> history;
    List<Long> law;
    final List<UUID> attempts = new ArrayList<>();
    final List<String> users = new ArrayList<>();

    @BeforeEach
    void fiveAttempts() {
        code = dictationEditions.imported("r-", "Выпуск для итогов", ZonedDateTime.now(DisplayDates.MOSCOW).minusHours(1),
                "Вопрос об истории?;История;1;Альфа;Бета;Гамма;;;;1",
                "Вопрос о праве?;Право;2;Дельта;Эпсилон;Дзета;Эта;;;2,4");
        editionId = editions.byCode(code).orElseThrow().id();
        List<Editions.Question> questions = editions.questions(editionId);
        history = questions.get(0).options().stream().map(Editions.Option::id).toList();
        law = questions.get(1).options().stream().map(Editions.Option::id).toList();

        vasilyevsk = school("""
                WHERE e.short_name = 'МБОУ СОШ № 15 г. Васильевска'
                """);
        other = school("""
                WHERE e.region_id <> (SELECT region_id FROM app.educational_organisation
                                      WHERE short_name = 'МБОУ СОШ № 15 г. Васильевска')
                  AND (SELECT count(*) FROM app.educational_organisation x
                       WHERE x.full_name = e.full_name OR x.short_name = e.full_name) = 1
                """);

        Instant start = Instant.now().minus(Duration.ofMinutes(50));
        // two registry members at the school in Васильевск: 3 and 2 points, both awarded
        attempt(registryMember(vasilyevsk), null, start, 3, Award.DIPLOMA_1, history.get(0), List.of(law.get(1), law.get(3)));
        attempt(registryMember(vasilyevsk), null, start, 2, Award.PARTICIPANT, history.get(1), List.of(law.get(1), law.get(3)));
        // a cabinet whose join application names the other school: 2 points
        Account applicant = members.register(Members.newEmail());
        jdbc.sql("""
                INSERT INTO app.join_application (id, account_id, educational_organisation_id, primary_organisation_id,
                  document_batch_id, status, submitted_at)
                VALUES (:id, :account, :school, :organisation, :batch, 'RECEIVED', now())
                """).param("id", UUID.randomUUID()).param("account", applicant.getId()).param("school", other.id())
                .param("organisation", other.organisationId()).param("batch", UUID.randomUUID()).update();
        attempt(applicant.getId(), applicant.getId(), start, 2, null, history.get(2), List.of(law.get(1), law.get(3)));
        // nobody the directory knows: 1 point
        attempt(UUID.randomUUID(), null, start, 1, null, history.get(0), List.of(law.get(1)));
        // a registry member at the other school (named by its full name) who has not finished
        attempt(registryMember(other), null, start, null, null, history.get(0), List.of());
    }

    @AfterEach
    void removeUsers() {
        users.forEach(identity::deleteUser);
    }

    @Test
    void countsParticipantsFinishedAwardsTheDistributionAndTheMeans() {
        EditionResults figures = results.of(code).orElseThrow();

        assertThat(figures.participants()).isEqualTo(5);
        assertThat(figures.finished()).isEqualTo(4);
        assertThat(figures.awarded()).isEqualTo(2);
        assertThat(figures.awards()).containsExactly(Map.entry(Award.DIPLOMA_1, 1L), Map.entry(Award.DIPLOMA_2, 0L),
                Map.entry(Award.DIPLOMA_3, 0L), Map.entry(Award.PARTICIPANT, 1L));
        assertThat(figures.distribution()).containsExactly(new ScoreBar(0, 0, 0), new ScoreBar(1, 1, 1),
                new ScoreBar(2, 2, 2), new ScoreBar(3, 3, 1));
        assertThat(figures.regions()).extracting(GroupMean::name, GroupMean::participants, GroupMean::finished,
                        GroupMean::meanScore, mean -> round(mean.meanPercent()))
                .containsExactlyInAnyOrder(
                        tuple(vasilyevsk.region(), 2L, 2L, 2.5, 83.3),
                        tuple(other.region(), 2L, 1L, 2.0, 66.7),
                        tuple(null, 1L, 1L, 1.0, 33.3));
        assertThat(figures.regions().get(2).name()).as("the unknown last").isNull();
        assertThat(figures.organisations()).extracting(GroupMean::name, GroupMean::participants, GroupMean::finished,
                        GroupMean::meanScore)
                .containsExactlyInAnyOrder(
                        tuple(vasilyevsk.organisation(), 2L, 2L, 2.5),
                        tuple(other.organisation(), 2L, 1L, 2.0),
                        tuple(null, 1L, 1L, 1.0));
        assertThat(figures.organisations().get(2).name()).as("the unknown last").isNull();
        // «История»: right in the first and the fourth attempt; «Право»: in the first three
        assertThat(figures.topics()).containsExactly(new TopicShare("История", 1, 4, 2),
                new TopicShare("Право", 1, 4, 3));
    }

    @Test
    void thePageShowsTheFiguresTheChartAndItsTableToAnAnalyst() throws Exception {
        MockHttpSession analyst = session(CamundaWebappSession.ANALYSTS);

        String list = mvc.perform(get("/admin/dictation").session(analyst)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Итоги «Профсоюзного диктанта»", "Выпуск для итогов", "/admin/dictation/" + code,
                "href=\"/admin/funnel\"");

        String page = mvc.perform(get("/admin/dictation/" + code).session(analyst)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<dd id=\"participants\">5</dd>", "<dd id=\"finished\">4</dd>",
                "<dd id=\"awarded\">2</dd>", "Диплом I степени", "Сертификат участника");
        // four bars: the tallest (2 attempts) full length, the others half and none
        assertThat(bars(page)).containsExactly("0", "50", "100", "50");
        assertThat(page).contains("Таблица распределения", "<td>2</td>");
        assertThat(row(page, "region-means", vasilyevsk.region())).contains("<td>2</td>", "<td>2,5</td>", "<td>83,3 %</td>");
        assertThat(row(page, "region-means", "организация не указана")).contains("<td>1,0</td>", "<td>33,3 %</td>");
        assertThat(row(page, "organisation-means", other.organisation())).contains("<td>2,0</td>", "<td>66,7 %</td>");
        assertThat(row(page, "topic-shares", "Право")).contains("3 из 4", "75 %");
        assertThat(page).as("the correct answers are the admins'").doesNotContain("/questions", "Эпсилон");

        String funnel = mvc.perform(get("/admin/funnel").session(analyst)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(funnel).contains("<a href=\"/admin/dictation\">Итоги диктанта</a>");
    }

    @Test
    void theCsvHasOneRowPerAttemptAndNothingThatNamesTheMember() throws Exception {
        String csv = mvc.perform(get("/admin/dictation/" + code + ".csv").session(session(CamundaWebappSession.ANALYSTS)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("\uFEFFпопытка;регион;первичная организация;начата (мск);завершена (мск);баллы;"
                + "максимум;награда\r\n");
        List<CSVRecord> rows = CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(rows).hasSize(6);
        assertThat(rows.subList(1, 6)).extracting(row -> row.get(0)).containsExactlyInAnyOrderElementsOf(
                attempts.stream().map(UUID::toString).toList());
        CSVRecord first = rows.stream().filter(row -> row.get(0).equals(attempts.get(0).toString())).findFirst()
                .orElseThrow();
        assertThat(first.values()).containsExactly(attempts.get(0).toString(), vasilyevsk.region(),
                vasilyevsk.organisation(), first.get(3), first.get(4), "3", "3", "Диплом I степени");
        assertThat(first.get(3)).matches("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d");
        CSVRecord unfinished = rows.stream().filter(row -> row.get(0).equals(attempts.get(4).toString())).findFirst()
                .orElseThrow();
        assertThat(unfinished.values()).containsExactly(attempts.get(4).toString(), other.region(), other.organisation(),
                unfinished.get(3), "", "", "", "");
        assertThat(rows).filteredOn(row -> row.get(0).equals(attempts.get(3).toString()))
                .extracting(row -> row.get(1) + "|" + row.get(2)).containsExactly("|организация не указана");
        assertThat(csv).doesNotContain("Участникова", "@");
    }

    @Test
    void prometheusGetsParticipantsFinishedAndTheMeanPerEditionAndRegion() {
        metrics.refresh();

        assertThat(gauge("cabinet.dictation.participants", vasilyevsk.region())).isEqualTo(2.0);
        assertThat(gauge("cabinet.dictation.finished", vasilyevsk.region())).isEqualTo(2.0);
        assertThat(round(gauge("cabinet.dictation.mean.score", vasilyevsk.region()))).isEqualTo(83.3);
        assertThat(gauge("cabinet.dictation.participants", other.region())).isEqualTo(2.0);
        assertThat(gauge("cabinet.dictation.finished", other.region())).isEqualTo(1.0);
        assertThat(round(gauge("cabinet.dictation.mean.score", other.region()))).isEqualTo(66.7);
        assertThat(gauge("cabinet.dictation.participants", ResultsMetrics.UNKNOWN_REGION)).isEqualTo(1.0);

        // a new attempt shows at the next count
        attempt(registryMember(vasilyevsk), null, Instant.now(), 0, null, history.get(1), List.of());
        metrics.refresh();
        assertThat(gauge("cabinet.dictation.participants", vasilyevsk.region())).isEqualTo(3.0);
        assertThat(round(gauge("cabinet.dictation.mean.score", vasilyevsk.region()))).isEqualTo(55.6);
    }

    @Test
    void onlyAnAdminSeesTheQuestionsWithTheirCorrectAnswers() throws Exception {
        MockHttpSession admin = session(Groups.CAMUNDA_ADMIN);

        String page = mvc.perform(get("/admin/dictation/" + code + "/questions").session(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Вопрос об истории?", "Вопрос о праве?", "Тема: <span>Право</span>",
                "несколько верных ответов");
        assertThat(page.split("— верный", -1)).as("one correct option, then two").hasSize(4);
        assertThat(page).containsPattern("<span>Альфа</span>\\s*<strong> — верный</strong>")
                .containsPattern("<span>Эпсилон</span>\\s*<strong> — верный</strong>")
                .containsPattern("<span>Эта</span>\\s*<strong> — верный</strong>")
                .doesNotContainPattern("<span>Бета</span>\\s*<strong>");
        assertThat(mvc.perform(get("/admin/dictation/" + code).session(admin)).andReturn().getResponse()
                .getContentAsString()).contains("/admin/dictation/" + code + "/questions");

        mvc.perform(get("/admin/dictation/" + code + "/questions").session(session(CamundaWebappSession.ANALYSTS)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/dictation/no-such-edition/questions").session(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/dictation/no-such-edition").session(admin)).andExpect(status().isNotFound());
    }

    private School school(String where) {
        return jdbc.sql("""
                SELECT e.id, e.full_name, r.name AS region, po.id AS organisation_id, po.name AS organisation
                FROM app.educational_organisation e
                JOIN app.region r ON r.id = e.region_id
                JOIN app.primary_organisation po ON po.id = e.primary_organisation_id
                """ + where + " ORDER BY e.id LIMIT 1")
                .query((rs, n) -> new School(rs.getLong("id"), rs.getString("full_name"), rs.getString("region"),
                        rs.getLong("organisation_id"), rs.getString("organisation")))
                .single();
    }

    private UUID registryMember(School school) {
        RegistryFixtures.Entry entry = registry.add("Участникова", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        jdbc.sql("UPDATE app.registry_member SET educational_organisation = :name WHERE id = :id")
                .param("name", school.name()).param("id", entry.id()).update();
        return entry.id();
    }

    /** An attempt as the record has it once scored (and awarded); {@code score} null for one still running. */
    private void attempt(UUID person, UUID account, Instant start, Integer score, Award award, long historyOption,
            List<Long> lawOptions) {
        UUID id = UUID.randomUUID();
        attempts.add(id);
        Instant finished = score == null ? null : start.plus(Duration.ofMinutes(20));
        jdbc.sql("""
                INSERT INTO app.dictation_attempt (id, edition_id, account_id, person_key, started_at, deadline,
                  finished_at, score, max_score, award, awarded_at)
                VALUES (:id, :edition, :account, :person, :start, :deadline, :finished, :score, :max, :award, :awarded)
                """).param("id", id).param("edition", editionId).param("account", account).param("person", person)
                .param("start", Timestamp.from(start)).param("deadline", Timestamp.from(start.plus(Duration.ofMinutes(30))))
                .param("finished", finished == null ? null : Timestamp.from(finished)).param("score", score)
                .param("max", score == null ? null : 3).param("award", award == null ? null : award.name())
                .param("awarded", award == null ? null : Timestamp.from(start.plus(Duration.ofHours(1))))
                .update();
        answer(id, List.of(historyOption));
        if (!lawOptions.isEmpty()) {
            answer(id, lawOptions);
        }
    }

    /** The options chosen in the question of the first of them. */
    private void answer(UUID attempt, List<Long> options) {
        jdbc.sql("""
                INSERT INTO app.dictation_answer (attempt_id, question_id, option_ids, saved_at)
                SELECT :attempt, o.question_id, CAST(:options AS bigint[]), now() FROM app.dictation_option o
                WHERE o.id = :first
                """).param("attempt", attempt).param("options", "{" + String.join(",",
                        options.stream().map(String::valueOf).toList()) + "}")
                .param("first", options.get(0)).update();
    }

    private MockHttpSession session(String group) {
        String user = CamundaUsers.create(identity, group);
        users.add(user);
        return CamundaUsers.webappSession(engine, user);
    }

    private double gauge(String name, String region) {
        Gauge gauge = meters.find(name).tags("edition", code, "region", region).gauge();
        assertThat(gauge).as(name + " " + region).isNotNull();
        return gauge.value();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }

    /** The widths of the chart's bars in per cent of the tallest, in order. */
    private static List<String> bars(String page) {
        Matcher bar = Pattern.compile("class=\"results-chart__bar\"\\s+style=\"width: (\\d+)%\"").matcher(page);
        List<String> widths = new ArrayList<>();
        while (bar.find()) {
            widths.add(bar.group(1));
        }
        return widths;
    }

    /** The table row of the page's table {@code table} that begins with the cell {@code first}. */
    private static String row(String page, String table, String first) {
        String body = page.substring(page.indexOf("id=\"" + table + "\""));
        body = body.substring(0, body.indexOf("</table>"));
        String cell = first.replace("&", "&amp;").replace("\"", "&quot;");
        Matcher row = Pattern.compile("<tr>\\s*<td>" + Pattern.quote(cell) + "</td>(.*?)</tr>", Pattern.DOTALL)
                .matcher(body);
        assertThat(row.find()).as(table + ": " + first).isTrue();
        return row.group(1);
    }
}
