package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.DictationEditions;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.system.DisplayDates;

/**
 * Taking part through the portal: one attempt per person (two cabinets of one registry member share it), answers
 * refused after the deadline by the server's clock, the correct answers in no response before the results, nobody
 * at the questions before the opening, and the demo edition from «Начать» to the result mail.
 */
@CabinetTest
class DictationAttemptWebTest {

    private static final DateTimeFormatter MOSCOW = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Pattern INPUT = Pattern.compile("<input[^>]*name=\"q\\d+\"[^>]*>");

    @Autowired
    MockMvc mvc;
    @Autowired
    DictationImport importer;
    @Autowired
    DictationEditions dictationEditions;
    @Autowired
    Editions editions;
    @Autowired
    Members members;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    MembershipCheck membership;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    AccountService accounts;
    @Autowired
    Journeys journeys;
    @Autowired
    OrganisationSearch organisations;

    /** An edition open from an hour ago for a day; the first option of question 1 and options 2 and 4 of 2 are right. */
    String openEdition() {
        return edition(ZonedDateTime.now(DisplayDates.MOSCOW).minusHours(1));
    }

    String edition(ZonedDateTime opens) {
        return dictationEditions.imported("w-", "Проверочный выпуск", opens,
                "Первый вопрос выпуска?;Тема;1;Альфа;Бета;Гамма;;;;1",
                "Второй вопрос выпуска?;Тема;2;Дельта;Эпсилон;Дзета;Эта;;;2,4");
    }

    /** A cabinet linked to a new registry member. */
    Account linkedMember(RegistryFixtures.Entry person) {
        Account account = members.register(Members.newEmail());
        membership.link(account.getId(), person.id());
        return account;
    }

    RegistryFixtures.Entry person() {
        return registry.add("Участникова", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
    }

    MvcResult start(Account account, String code) throws Exception {
        return mvc.perform(post("/cabinet/dictation/" + code + "/start").param("consent", "yes").with(csrf())
                .with(user(MemberPrincipal.of(account)))).andReturn();
    }

    static String flash(MvcResult result, String name) {
        return String.valueOf(result.getFlashMap().get(name));
    }

    MockHttpServletResponse answer(Account account, String code, long question, long... options) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long option : options) {
            ids.append(ids.isEmpty() ? "" : ",").append(option);
        }
        return mvc.perform(post("/cabinet/dictation/" + code + "/answers").with(csrf())
                .with(user(MemberPrincipal.of(account))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"question\":" + question + ",\"options\":[" + ids + "]}")).andReturn().getResponse();
    }

    MockHttpServletResponse page(Account account, String code) throws Exception {
        return mvc.perform(get("/cabinet/dictation/" + code).with(user(MemberPrincipal.of(account)))).andReturn()
                .getResponse();
    }

    List<Editions.Question> questions(String code) {
        return editions.questions(editions.byCode(code).orElseThrow().id());
    }

    long attempts(String code) {
        return jdbc.sql("SELECT count(*) FROM app.dictation_attempt a JOIN app.dictation_edition e ON e.id = a.edition_id "
                + "WHERE e.code = :code").param("code", code).query(Long.class).single();
    }

    UUID attemptOf(Account account) {
        return jdbc.sql("SELECT id FROM app.dictation_attempt WHERE account_id = :account").param("account", account.getId())
                .query(UUID.class).single();
    }

    @Test
    void startingRecordsTheConsentTheAttemptAndItsProcess() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());

        MvcResult started = start(member, code);

        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/cabinet/dictation/" + code);
        UUID attempt = attemptOf(member);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(DictationAttemptProcess.KEY)
                .processInstanceBusinessKey(attempt.toString()).count()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM app.consent WHERE account_id = :account AND kind = 'DICTATION'")
                .param("account", member.getId()).query(Long.class).single()).isOne();
        String questionsPage = page(member, code).getContentAsString();
        assertThat(questionsPage).contains("Первый вопрос выпуска?", "Второй вопрос выпуска?", "Осталось времени");
        Duration limit = jdbc.sql("SELECT extract(epoch FROM deadline - started_at)::bigint FROM app.dictation_attempt "
                + "WHERE id = :id").param("id", attempt).query(Long.class).optional().map(Duration::ofSeconds).orElseThrow();
        assertThat(limit).isEqualTo(Duration.ofMinutes(30));
        // a reload (or another device) continues with the time the server says is left
        Matcher left = Pattern.compile("data-seconds-left=\"(\\d+)\"").matcher(questionsPage);
        assertThat(left.find()).isTrue();
        assertThat(Long.parseLong(left.group(1))).isBetween(30 * 60L - 60, 30 * 60L);
        jdbc.sql("UPDATE app.dictation_attempt SET deadline = now() + interval '4 minutes' WHERE id = :id")
                .param("id", attempt).update();
        assertThat(page(member, code).getContentAsString()).containsPattern("data-seconds-left=\"2[0-4]\\d\"");
    }

    @Test
    void withoutTheConsentNothingStarts() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());

        MvcResult refused = mvc.perform(post("/cabinet/dictation/" + code + "/start").with(csrf())
                .with(user(MemberPrincipal.of(member)))).andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/cabinet/dictation/" + code);
        assertThat(flash(refused, "warning")).contains("отметьте согласие");
        assertThat(attempts(code)).isZero();
        assertThat(page(member, code).getContentAsString()).as("the consent's text, paragraph by paragraph, and its box")
                .contains("<p>1. Я, пользователь личного кабинета", "<p>2. Цели обработки", "<label for=\"consent\">",
                        "Начать");
    }

    @Test
    void onePersonHasOneAttemptWhicheverOfTheirCabinetsPressesStart() throws Exception {
        String code = openEdition();
        RegistryFixtures.Entry person = person();
        Account first = linkedMember(person);
        start(first, code);

        MvcResult again = start(first, code);
        // the person's record moves to a second cabinet (the first one was given up)
        jdbc.sql("UPDATE app.registry_member SET account_id = NULL WHERE id = :id").param("id", person.id()).update();
        Account second = linkedMember(person);
        MvcResult fromTheSecond = start(second, code);

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/cabinet/dictation/" + code);
        assertThat(flash(fromTheSecond, "warning")).contains("из другого личного кабинета");
        assertThat(attempts(code)).isOne();
        assertThat(page(second, code).getContentAsString()).doesNotContain("Первый вопрос выпуска?").contains("Начать");
        assertThat(answer(second, code, questions(code).get(0).id(), questions(code).get(0).options().get(0).id())
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aCabinetNeitherLinkedNorWithASignedApplicationCannotStart() throws Exception {
        String code = openEdition();
        Account stranger = members.register(Members.newEmail());

        MvcResult refused = start(stranger, code);

        assertThat(flash(refused, "warning")).contains("Завершите регистрацию");
        assertThat(attempts(code)).isZero();
        assertThat(page(stranger, code).getContentAsString()).contains("Завершите регистрацию")
                .doesNotContain("Первый вопрос выпуска?");
    }

    @Test
    void beforeTheOpeningNobodyReachesTheQuestions() throws Exception {
        String code = edition(ZonedDateTime.now(DisplayDates.MOSCOW).plusDays(1));
        Account member = linkedMember(person());

        MvcResult refused = start(member, code);
        String rules = page(member, code).getContentAsString();

        assertThat(flash(refused, "warning")).contains("ещё не открыт");
        assertThat(attempts(code)).isZero();
        assertThat(rules).contains("Выпуск откроется").doesNotContain("Первый вопрос выпуска?", "Альфа");
    }

    @Test
    void answersAreSavedAsChosenAndRefusedAfterTheDeadline() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());
        start(member, code);
        Editions.Question first = questions(code).get(0);
        Editions.Question second = questions(code).get(1);

        assertThat(answer(member, code, first.id(), first.options().get(1).id()).getStatus()).isEqualTo(200);
        assertThat(answer(member, code, first.id(), first.options().get(0).id()).getStatus()).as("changed").isEqualTo(200);
        assertThat(answer(member, code, first.id(), first.options().get(0).id(), first.options().get(1).id())
                .getStatus()).as("two options for a single choice").isEqualTo(400);
        assertThat(answer(member, code, first.id(), second.options().get(0).id()).getStatus())
                .as("another question's option").isEqualTo(400);
        assertThat(page(member, code).getContentAsString()).as("the choice is there after a reload")
                .containsPattern("<input[^>]*value=\"" + first.options().get(0).id() + "\"[^>]*checked");
        // the server's clock passes the deadline
        UUID attempt = attemptOf(member);
        jdbc.sql("UPDATE app.dictation_attempt SET started_at = started_at - interval '1 hour', "
                + "deadline = now() - interval '1 second' WHERE id = :id").param("id", attempt).update();

        MockHttpServletResponse late = answer(member, code, second.id(), second.options().get(1).id());

        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("Время на участие вышло");
        assertThat(jdbc.sql("SELECT count(*) FROM app.dictation_answer WHERE attempt_id = :id").param("id", attempt)
                .query(Long.class).single()).isOne();
        MvcResult lateFinish = mvc.perform(post("/cabinet/dictation/" + code + "/finish")
                .param("q" + second.id(), String.valueOf(second.options().get(1).id())).with(csrf())
                .with(user(MemberPrincipal.of(member)))).andReturn();
        assertThat(flash(lateFinish, "warning")).contains("Время на участие вышло раньше");
        assertThat(page(member, code).getContentAsString()).contains("Ваши ответы приняты")
                .doesNotContain("Второй вопрос выпуска?");
    }

    @Test
    void aSaveAnswersWithTheTimeLeftAndRefusesWhatTheQuestionDoesNotOffer() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());
        start(member, code);
        Editions.Question single = questions(code).get(0);
        Editions.Question multiple = questions(code).get(1);

        MockHttpServletResponse saved = answer(member, code, single.id(), single.options().get(2).id());

        assertThat(saved.getStatus()).isEqualTo(200);
        Matcher left = Pattern.compile("\"secondsLeft\":(\\d+)").matcher(saved.getContentAsString());
        assertThat(left.find()).isTrue();
        assertThat(Long.parseLong(left.group(1))).isBetween(30 * 60L - 60, 30 * 60L);
        assertThat(answer(member, code, single.id()).getStatus()).as("no option for a single choice").isEqualTo(400);
        assertThat(answer(member, code, multiple.id()).getStatus()).as("a multiple choice cleared").isEqualTo(200);
        assertThat(answer(member, code, multiple.id(), multiple.options().get(0).id(), multiple.options().get(0).id(),
                multiple.options().get(2).id()).getStatus()).as("an option twice counts once").isEqualTo(200);
        assertThat(answer(member, code, single.id() + 1_000_000, single.options().get(0).id()).getStatus())
                .as("no such question").isEqualTo(400);
        String other = openEdition();
        Editions.Question elsewhere = questions(other).get(0);
        assertThat(answer(member, code, elsewhere.id(), elsewhere.options().get(0).id()).getStatus())
                .as("another edition's question").isEqualTo(400);
        assertThat(answer(member, other, elsewhere.id(), elsewhere.options().get(0).id()).getStatus())
                .as("an edition not started").isEqualTo(404);
        assertThat(jdbc.sql("SELECT option_ids::text FROM app.dictation_answer WHERE attempt_id = :id ORDER BY question_id")
                .param("id", attemptOf(member)).query(String.class).list()).containsExactly(
                        "{" + single.options().get(2).id() + "}",
                        "{" + multiple.options().get(0).id() + "," + multiple.options().get(2).id() + "}");
    }

    @Test
    void aChangedFileShowsItsQuestionsThoughTheOldOnesWereShownBefore() {
        String code = openEdition();
        assertThat(editions.questions(editions.byCode(code).orElseThrow())).extracting(Editions.Question::text)
                .containsExactly("Первый вопрос выпуска?", "Второй вопрос выпуска?");
        ZonedDateTime opens = ZonedDateTime.now(DisplayDates.MOSCOW).minusHours(1);

        DictationImport.Report changed = importer.importFile(new StringReader("код;" + code + "\n"
                + "название;Проверочный выпуск\n"
                + "открытие;" + MOSCOW.format(opens) + "\n"
                + "закрытие;" + MOSCOW.format(opens.plusDays(1)) + "\n"
                + "время, минут;30\n\n"
                + "вопрос;тема;баллы;вариант 1;вариант 2;вариант 3;вариант 4;вариант 5;вариант 6;верные\n"
                + "Исправленный вопрос выпуска?;Тема;1;Альфа;Бета;;;;;2\n"));

        assertThat(changed.toText()).contains("обновлён");
        assertThat(editions.questions(editions.byCode(code).orElseThrow())).extracting(Editions.Question::text)
                .containsExactly("Исправленный вопрос выпуска?");
    }

    @Test
    void anEarlierFileImportedAgainShowsItsNewQuestionsNotTheOnesKeptFromBefore() {
        String code = "w-" + UUID.randomUUID().toString().substring(0, 8);
        ZonedDateTime opens = ZonedDateTime.now(DisplayDates.MOSCOW).minusHours(1);
        String file = "код;" + code + "\nназвание;Проверочный выпуск\nоткрытие;" + MOSCOW.format(opens) + "\nзакрытие;"
                + MOSCOW.format(opens.plusDays(1)) + "\nвремя, минут;30\n\n"
                + "вопрос;тема;баллы;вариант 1;вариант 2;вариант 3;вариант 4;вариант 5;вариант 6;верные\n";
        String original = file + "Первый вопрос выпуска?;Тема;1;Альфа;Бета;Гамма;;;;1\n"
                + "Второй вопрос выпуска?;Тема;2;Дельта;Эпсилон;Дзета;Эта;;;2,4\n";
        assertThat(importer.importFile(new StringReader(original)).toText()).contains("создан");
        List<Editions.Question> kept = editions.questions(editions.byCode(code).orElseThrow());

        // nothing reads the questions in between (a node nobody visited): the first file again, written as new rows
        assertThat(importer.importFile(new StringReader(file + "Другой вопрос?;Тема;1;Альфа;Бета;;;;;2\n")).toText())
                .contains("обновлён");
        assertThat(importer.importFile(new StringReader(original)).toText()).contains("обновлён");

        List<Editions.Question> shown = editions.questions(editions.byCode(code).orElseThrow());
        assertThat(shown).extracting(Editions.Question::text).containsExactly("Первый вопрос выпуска?", "Второй вопрос выпуска?");
        assertThat(shown).extracting(Editions.Question::id).as("the rows of the last import")
                .containsExactlyElementsOf(questions(code).stream().map(Editions.Question::id).toList())
                .doesNotContainAnyElementsOf(kept.stream().map(Editions.Question::id).toList());
    }

    @Test
    void finishingScoresEverySavedAnswerFromTheRecord() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());
        start(member, code);
        Editions.Question first = questions(code).get(0);
        Editions.Question second = questions(code).get(1);
        answer(member, code, first.id(), first.options().get(0).id());

        // the last choice travels with «Завершить» (a browser without the script sends them all there)
        MvcResult finished = mvc.perform(post("/cabinet/dictation/" + code + "/finish")
                .param("q" + second.id(), String.valueOf(second.options().get(1).id()),
                        String.valueOf(second.options().get(3).id()))
                .with(csrf()).with(user(MemberPrincipal.of(member)))).andReturn();

        assertThat(flash(finished, "notice")).contains("Участие завершено");
        UUID attempt = attemptOf(member);
        assertThat(jdbc.sql("SELECT score FROM app.dictation_attempt WHERE id = :id").param("id", attempt)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(attempt.toString())
                .activityIdIn(DictationAttemptProcess.Elements.RESULTS_DUE).count()).as("waits for the closing").isOne();
        String page = page(member, code).getContentAsString();
        assertThat(page).contains("Ваши ответы приняты", "после закрытия выпуска").doesNotContain("3 из 3");
        MockHttpServletResponse afterFinish = answer(member, code, first.id(), first.options().get(1).id());
        assertThat(afterFinish.getStatus()).isEqualTo(409);
        assertThat(afterFinish.getContentAsString()).contains("Вы уже завершили участие").doesNotContain("Время на участие вышло");
    }

    @Test
    void theCorrectAnswersAreInNoResponseBeforeTheResults() throws Exception {
        String code = openEdition();
        Account member = linkedMember(person());
        List<String> responses = new ArrayList<>();
        responses.add(page(member, code).getContentAsString());
        start(member, code);
        String questionsPage = page(member, code).getContentAsString();
        responses.add(questionsPage);
        Editions.Question first = questions(code).get(0);
        responses.add(answer(member, code, first.id(), first.options().get(1).id()).getContentAsString());
        responses.add(mvc.perform(get("/cabinet").with(user(MemberPrincipal.of(member)))).andReturn().getResponse()
                .getContentAsString());

        // every option is drawn alike: type, name, value, and «checked» only for what the member chose
        Matcher inputs = INPUT.matcher(questionsPage);
        int count = 0;
        while (inputs.find()) {
            count++;
            assertThat(inputs.group()).matches("<input type=\"(radio|checkbox)\" name=\"q\\d+\" value=\"\\d+\"( checked=\"checked\")?>");
        }
        assertThat(count).isEqualTo(7);
        for (String response : responses) {
            assertThat(response).doesNotContainIgnoringCase("correct").doesNotContain("верный вариант", "\"right\"");
        }
        assertThat(questionsPage).contains("Вопрос 1 из 2 · Тема · 1 балл<", "Вопрос 2 из 2 · Тема · 2 балла<");
        assertThat(questionsPage.indexOf("Альфа")).isLessThan(questionsPage.indexOf("Бета"))
                .as("options in the file's order, not by correctness");
    }

    @Test
    void theCabinetOffersTheEditionsToMembersAndApplicantsOnly() throws Exception {
        Account member = linkedMember(person());
        accounts.confirm(member.getId());
        runtime.deleteProcessInstance(members.journey(member).getId(), "registered elsewhere (test)");
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journeys.Journey applicant = journeys.atJoinReview(Journeys.joinApplication(school));
        Journeys.Journey newcomer = journeys.atTheQuestion();

        String home = cabinet(member);
        String status = cabinet(applicant.account());

        assertThat(home).contains("Личный кабинет", "Профсоюзный диктант", "Демонстрационный выпуск", "Принять участие",
                "href=\"/cabinet/dictation/demo\"");
        assertThat(status).contains("Заявление получено", "Профсоюзный диктант", "Принять участие");
        assertThat(cabinet(newcomer.account())).doesNotContain("Профсоюзный диктант");
        start(applicant.account(), "demo");
        assertThat(jdbc.sql("SELECT person_key FROM app.dictation_attempt WHERE account_id = :account")
                .param("account", applicant.account().getId()).query(UUID.class).single())
                .as("an applicant is their account").isEqualTo(applicant.account().getId());
        assertThat(cabinet(applicant.account())).contains("Продолжить");
    }

    String cabinet(Account account) throws Exception {
        return mvc.perform(get("/cabinet").with(user(MemberPrincipal.of(account)))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theDemoEditionEndsWithTheResultAndItsMail() throws Exception {
        Account member = linkedMember(person());
        start(member, "demo");
        UUID attempt = attemptOf(member);
        for (Editions.Question question : questions("demo")) {
            List<Long> right = jdbc.sql("SELECT id FROM app.dictation_option WHERE question_id = :q AND correct ORDER BY id")
                    .param("q", question.id()).query(Long.class).list();
            answer(member, "demo", question.id(), right.stream().mapToLong(Long::longValue).toArray());
        }
        mvc.perform(post("/cabinet/dictation/demo/finish").with(csrf()).with(user(MemberPrincipal.of(member))));

        jobs.runDue(attempt.toString());

        String page = page(member, "demo").getContentAsString();
        assertThat(page).contains("Демонстрационный выпуск", "12 из 12 баллов", "Диплом I степени");
        assertThat(mails.last(member.getEmail()).subject()).isEqualTo("Результат участия в «Профсоюзном диктанте»");
        assertThat(mails.last(member.getEmail()).text()).contains("12 из 12 баллов", "Диплом I степени");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(attempt.toString()).count()).isZero();
    }

    @Test
    void anAttemptStartedJustBeforeTheClosingEndsWithTheEditionAndNoneStartsAfterIt() throws Exception {
        // a 30-minute edition that closes in about a quarter of an hour, and one that closed yesterday
        String closing = edition(ZonedDateTime.now(DisplayDates.MOSCOW).minusDays(1).plusMinutes(15));
        String closed = edition(ZonedDateTime.now(DisplayDates.MOSCOW).minusDays(2));
        Account member = linkedMember(person());

        start(member, closing);
        MvcResult late = start(member, closed);

        UUID attempt = attemptOf(member);
        assertThat(jdbc.sql("SELECT a.deadline = e.closes_at FROM app.dictation_attempt a "
                + "JOIN app.dictation_edition e ON e.id = a.edition_id WHERE a.id = :id").param("id", attempt)
                .query(Boolean.class).single()).as("the deadline is the closing, not the start + 30 minutes").isTrue();
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(attempt.toString())
                .singleResult().getId();
        assertThat(DictationAttemptProcess.Variables.ATTEMPT_DEADLINE.from(runtime, process).get())
                .as("the process's timer ends the attempt at the closing too").isEqualTo(jdbc
                        .sql("SELECT deadline FROM app.dictation_attempt WHERE id = :id").param("id", attempt)
                        .query(java.sql.Timestamp.class).single());
        assertThat(flash(late, "warning")).contains("Выпуск уже закрыт");
        assertThat(attempts(closed)).isZero();
        assertThat(page(member, closed).getContentAsString()).doesNotContain("Первый вопрос выпуска?", "Альфа");
    }
}
