package org.unioncabinet.reviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationImport;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaWebappsClient;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.PortalCsrf;

/**
 * Reviewers imported from a CSV file: Camunda users in their organisation's group and the shared group, each mailed a
 * single-use link to set their password, then Tasklist with only their organisation's applications; a re-import
 * changes nothing and mails nobody twice; «удалён» ends a membership and an old link; bad lines are reported by number.
 */
@CabinetTest
class ReviewerImportTest {

    static final String HEADER = "логин;email;фамилия;имя;отчество;организация;статус\n";
    static final String PASSWORD = "Рассмотрю-2026";
    static final String DEMO_SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    @Autowired
    ReviewerImport reviewerImport;
    @Autowired
    OrganisationImport organisationImport;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    Mails mails;
    @Autowired
    Jobs jobs;
    @Autowired
    Journeys journeys;
    @LocalServerPort
    int port;

    String suffix;
    String innA;
    String innB;
    String groupA;
    String groupB;

    /** Two schools of the imported directory, each with its primary organisation. */
    @BeforeEach
    void twoSchools() {
        suffix = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        innA = ReviewerGroupsTest.newInn();
        innB = ReviewerGroupsTest.newInn();
        String place = "пос. Рецензентский-" + suffix;
        organisationImport.importCsv(new StringReader(ReviewerGroupsTest.HEADER
                + school(place, "1", innA) + school(place, "2", innB)));
        groupA = ReviewerGroups.primaryGroup(organisations.unionOfInn(innA).orElseThrow().primaryId());
        groupB = ReviewerGroups.primaryGroup(organisations.unionOfInn(innB).orElseThrow().primaryId());
    }

    @Test
    void anImportedReviewerSetsTheirPasswordAndSeesOnlyTheirOrganisationsApplicationInTasklist() throws Exception {
        String a = "chaira" + suffix;
        String b = "chairb" + suffix;
        ReviewerImportReport report = reviewerImport.importCsv(new StringReader(HEADER
                + a + ";" + mail(a) + ";Иванова;Мария;Петровна;" + innA + ";активен\n"
                + b + ";" + mail(b).toUpperCase() + ";Петров;Пётр;;" + groupB + ";active\n"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.invited()).isEqualTo(2);
        User userA = identity.createUserQuery().userId(a).singleResult();
        assertThat(userA.getLastName()).isEqualTo("Иванова");
        assertThat(userA.getFirstName()).isEqualTo("Мария Петровна");
        assertThat(userA.getPassword()).as("no usable password until they set one").isNull();
        assertThat(groupsOf(a)).containsExactlyInAnyOrder(groupA, ReviewerGroups.SHARED);
        assertThat(groupsOf(b)).containsExactlyInAnyOrder(groupB, ReviewerGroups.SHARED);
        assertThatThrownBy(() -> CamundaWebappsClient.loggedIntoTasklist(port, a, "")).hasMessageContaining("HTTP 401");
        assertThatThrownBy(() -> CamundaWebappsClient.loggedIntoTasklist(port, a, "anything"))
                .as("a user without a password is refused, not an error").hasMessageContaining("HTTP 401");

        jobs.runDue(a);
        assertThat(mails.last(mail(a)).subject()).contains("Задайте пароль");
        assertThat(mails.last(mail(a)).text()).contains("Ваш логин: " + a);
        String link = mails.lastLinkPath(mail(a));
        assertThat(link).startsWith(ReviewerPasswordController.PATH + "?token=");
        String token = mails.lastToken(mail(a));
        mvc.perform(get(ReviewerPasswordController.PATH).param("token", token))
                .andExpect(status().isOk()).andExpect(content().string(containsString(a)));
        mvc.perform(post(ReviewerPasswordController.PATH).with(PortalCsrf.csrf()).param("token", token)
                        .param("password", "12345678").param("passwordRepeat", "12345678"))
                .andExpect(content().string(containsString("не может состоять только из цифр")));
        setPassword(token).andExpect(content().string(containsString("Пароль сохранён")));

        Task own = application(groupA);
        Task other = application(groupB);
        CamundaWebappsClient tasklist = CamundaWebappsClient.loggedIntoTasklist(port, a, PASSWORD);
        String filter = filters.createFilterQuery().filterName("Заявления моей организации").singleResult().getId();
        HttpResponse<String> listed = tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter + "/list", "{}");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(own.getId()).doesNotContain(other.getId());
        tasks.deleteTask(own.getId(), true);
        tasks.deleteTask(other.getId(), true);
    }

    @Test
    void anImportedReviewerAdmitsAnApplicationToTheirSchoolInTasklist() throws Exception {
        OrganisationHit school = organisations.search(DEMO_SCHOOL, 5).stream()
                .filter(hit -> DEMO_SCHOOL.equals(hit.shortName())).findFirst().orElseThrow();
        Journey journey = journeys.atJoinReview(Journeys.joinApplication(school.id()));
        Task review = journeys.taskOf(journey, RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION);
        String chair = "chair" + suffix;
        reviewerImport.importCsv(new StringReader(HEADER + chair + ";" + mail(chair) + ";Сидорова;Анна;Ивановна;"
                + school.inn() + ";активен\n"));
        jobs.runDue(chair);
        setPassword(mails.lastToken(mail(chair)));

        CamundaWebappsClient tasklist = CamundaWebappsClient.loggedIntoTasklist(port, chair, PASSWORD);
        String filter = filters.createFilterQuery().filterName("Заявления моей организации").singleResult().getId();
        assertThat(tasklist.postJson("/camunda/api/engine/engine/default/filter/" + filter + "/list", "{}").body())
                .contains(review.getId());
        String task = "/camunda/api/engine/engine/default/task/" + review.getId();
        assertThat(tasklist.postJson(task + "/claim", "{\"userId\":\"" + chair + "\"}").statusCode()).isEqualTo(204);
        assertThat(tasklist.postJson(task + "/submit-form", "{\"variables\":{\""
                + RegistrationProcess.Variables.DECISION.getName() + "\":{\"value\":\"approve\",\"type\":\"String\"}}}")
                .statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the application is decided").isZero();
    }

    @Test
    void aReimportChangesNothingMailsNobodyTwiceAndSendsANewLinkOnlyAfterADay() throws Exception {
        String a = "chaira" + suffix;
        String b = "chairb" + suffix;
        String file = HEADER + a + ";" + mail(a) + ";Иванова;Мария;;" + innA + ";\n"
                + b + ";" + mail(b) + ";Петров;Пётр;;" + innB + ";\n";
        reviewerImport.importCsv(new StringReader(file));
        jobs.runDue(a);
        jobs.runDue(b);
        setPassword(mails.lastToken(mail(a)));

        ReviewerImportReport again = reviewerImport.importCsv(new StringReader(file));

        assertThat(again).isEqualTo(new ReviewerImportReport(2, 0, 0, 2, 0, 0, 0, List.of()));
        jobs.runDue(a);
        jobs.runDue(b);
        assertThat(mails.to(mail(a))).hasSize(1);
        assertThat(mails.to(mail(b))).hasSize(1);

        // a day later b still has no password: one new link, and the old one stops working
        String oldToken = mails.lastToken(mail(b));
        jdbc.sql("UPDATE app.reviewer_password_link SET created_at = created_at - interval '25 hours' WHERE user_id = :b")
                .param("b", b).update();
        assertThat(reviewerImport.importCsv(new StringReader(file)).invited()).isOne();
        jobs.runDue(b);
        assertThat(mails.to(mail(b))).hasSize(2);
        assertThat(mails.to(mail(a))).as("she set her password").hasSize(1);
        refusedPage(oldToken);

        // a second organisation is added, the first kept
        String twoOrganisations = HEADER + a + ";" + mail(a) + ";Иванова;Мария;;" + innB + ";активен\n";
        assertThat(reviewerImport.importCsv(new StringReader(twoOrganisations)).updated()).isOne();
        assertThat(groupsOf(a)).containsExactlyInAnyOrder(groupA, groupB, ReviewerGroups.SHARED);
    }

    @Test
    void aRemovedReviewerLosesTheOrganisationAndWithTheLastOneTheAccountAndTheirLink() throws Exception {
        String a = "chaira" + suffix;
        reviewerImport.importCsv(new StringReader(HEADER + a + ";" + mail(a) + ";Иванова;Мария;;" + innA + ";\n"
                + a + ";" + mail(a) + ";Иванова;Мария;;" + innB + ";\n"));
        jobs.runDue(a);
        String token = mails.lastToken(mail(a));

        ReviewerImportReport first = reviewerImport.importCsv(new StringReader(HEADER + a + ";;;;;" + innA + ";удалён\n"));
        assertThat(first.removed()).isOne();
        assertThat(first.deleted()).isZero();
        assertThat(groupsOf(a)).containsExactlyInAnyOrder(groupB, ReviewerGroups.SHARED);

        ReviewerImportReport last = reviewerImport.importCsv(new StringReader(HEADER + a + ";;;;;" + groupB + ";removed\n"));
        assertThat(last.deleted()).isOne();
        assertThat(identity.createUserQuery().userId(a).count()).isZero();
        refusedPage(token);
        mvc.perform(post(ReviewerPasswordController.PATH).with(PortalCsrf.csrf()).param("token", token)
                        .param("password", PASSWORD).param("passwordRepeat", PASSWORD))
                .andExpect(content().string(containsString("устарела, уже использована или отозвана")));
        assertThat(identity.createUserQuery().userId(a).count()).isZero();
    }

    @Test
    void aUsedOrExpiredLinkIsRefusedWithAPageInRussian() throws Exception {
        String a = "chaira" + suffix;
        String b = "chairb" + suffix;
        reviewerImport.importCsv(new StringReader(HEADER + a + ";" + mail(a) + ";Иванова;Мария;;" + innA + ";\n"
                + b + ";" + mail(b) + ";Петров;Пётр;;" + innB + ";\n"));
        jobs.runDue(a);
        jobs.runDue(b);
        String used = mails.lastToken(mail(a));
        setPassword(used);
        String expired = mails.lastToken(mail(b));
        jdbc.sql("UPDATE app.reviewer_password_link SET expires_at = now() - interval '1 minute' WHERE user_id = :b")
                .param("b", b).update();

        refusedPage(used);
        refusedPage(expired);
        refusedPage("not-a-token");
        setPassword(expired).andExpect(content().string(containsString("устарела")));
        assertThat(identity.createUserQuery().userId(b).singleResult().getPassword()).isNull();
    }

    @Test
    void badLinesAreReportedByNumberAndTheGoodOnesLoad() {
        String a = "chaira" + suffix;
        ReviewerImportReport report = reviewerImport.importCsv(new StringReader(HEADER
                + a + ";" + mail(a) + ";Иванова;Мария;;" + innA + ";\n"
                + "ivan.petrov;ivan@example.org;Петров;Иван;;" + innA + ";\n"
                + "admin;boss@example.org;Босс;Главный;;" + innA + ";\n"
                + "petrov" + suffix + ";not-an-address;Петров;Иван;;" + innA + ";\n"
                + "petrov" + suffix + ";petrov@example.org;;;;" + innA + ";\n"
                + "petrov" + suffix + ";petrov@example.org;Петров;Иван;;1234567890;\n"
                + "petrov" + suffix + ";petrov@example.org;Петров;Иван;;" + innA + ";уволен\n"
                + a + ";" + mail(a) + ";Иванова;Мария;;" + innA + ";\n"
                + "petrov" + suffix + ";petrov@example.org;Петров;Иван;;ppo999999999999;\n"
                + "petrov" + suffix + ";petrov@example.org;Петров;Иван\n"));

        assertThat(report.created()).isOne();
        assertThat(report.errors()).extracting(LineError::toString).containsExactly(
                "Строка 3: логин «ivan.petrov» может состоять только из латинских букв и цифр (не длиннее 64 символов)",
                "Строка 4: учётную запись администратора импорт не изменяет",
                "Строка 5: email «not-an-address» неверен: " + EmailAddress.violation("not-an-address").orElseThrow(),
                "Строка 6: не указана фамилия; не указано имя",
                "Строка 7: ИНН «1234567890» неверен: не сходится контрольная цифра",
                "Строка 8: неизвестный статус «уволен»: ожидается «активен» или «удалён»",
                "Строка 9: логин «" + a + "» с этой организацией уже указан в строке 2",
                "Строка 10: группы «ppo999999999999» нет: такой профсоюзной организации нет в справочнике "
                        + "(сначала импортируйте справочник организаций)",
                "Строка 11: неверное число полей: ожидалось 7, получено 4 (разделитель — «;»)");
        assertThat(identity.createUserQuery().userId("admin").singleResult().getEmail()).isNotEqualTo("boss@example.org");
    }

    @Test
    void theCommandPrintsTheReportAndExitsWithTheDocumentedStatus(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("reviewers.csv");
        Files.writeString(good, HEADER + "chaira" + suffix + ";" + mail("chaira" + suffix) + ";Иванова;Мария;;" + innA
                + ";\n", StandardCharsets.UTF_8);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, HEADER + "x;y;;;;;\n", StandardCharsets.UTF_8);

        assertThat(run(good)).startsWith("0:").contains("добавлено: 1");
        assertThat(run(bad)).startsWith("2:").contains("Строка 2: ");
        assertThat(run(dir.resolve("missing.csv"))).startsWith("1:").contains("Не удалось прочитать файл");
    }

    private String run(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> exits = new ArrayList<>();
        new ImportReviewersCommand(reviewerImport, new PrintStream(out, true, StandardCharsets.UTF_8), exits::add)
                .run(new DefaultApplicationArguments("--" + ImportReviewersCommand.OPTION + "=" + file));
        return exits.get(0) + ":" + out.toString(StandardCharsets.UTF_8);
    }

    private ResultActions setPassword(String token) throws Exception {
        return mvc.perform(post(ReviewerPasswordController.PATH).with(PortalCsrf.csrf()).param("token", token)
                .param("password", PASSWORD).param("passwordRepeat", PASSWORD));
    }

    private void refusedPage(String token) throws Exception {
        mvc.perform(get(ReviewerPasswordController.PATH).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Ссылка для задания пароля устарела, уже использована или отозвана")))
                .andExpect(content().string(not(containsString(
                        "name=\"password\""))));
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private Task application(String candidateGroup) {
        Task task = tasks.newTask();
        task.setName("Рассмотрение заявления о вступлении");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        return task;
    }

    private static String mail(String login) {
        return login + "@school.example.ru";
    }

    private static String school(String place, String number, String inn) {
        return "Московская область;Территориальная организация " + place + ";Первичная профсоюзная организация МБОУ СОШ № "
                + number + " " + place + ";Школа № " + number + " " + place + ";МБОУ СОШ № " + number + " " + place + ";"
                + inn + ";" + place + "\n";
    }
}
