package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.system.DisplayDates;

/**
 * Variant 2 of the instruction in real browsers: on her phone a teacher without a union ticket creates the
 * cabinet, fills in the application to join (finding her school as she types), corrects it with «Изменить
 * данные», signs both documents with the mailed code and sees «Заявление получено» with her signed PDFs; at
 * an office computer the chair of her primary organisation opens Tasklist (in Russian), finds the application
 * in «Заявления моей организации», reads the PDFs and admits her; her cabinet then shows the new e-ticket number.
 * The jobs the job executor would run are run by the test where someone would wait. A reviewer's reason for a
 * rejection reaches the applicant's phone as the text they typed, not as markup. At each of the applicant's steps
 * axe-core finds no serious or critical violation, on the phone and at a desktop's width.
 */
@CabinetTest
class JoinVariantBrowserTest {

    private static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";
    private static final String FORM_INTRO = "Введите данные, необходимые для вступления в Профсоюз";
    private static final String REVIEW_INTRO = "Проверьте указанные Вами данные";
    private static final String PERSONAL_DATA_CONSENT = "Даю согласие на обработку персональных данных Профсоюзом";
    private static final String PROCESSING = "Обрабатываем Ваши данные";
    private static final String CODE_SENT = "Код подтверждения был направлен Вам на адрес электронной почты.";
    private static final String REVIEWER_PASSWORD = "Председатель-ППО-2026";

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();
    @RegisterExtension
    static final BrowserExtension OFFICE = BrowserExtension.desktop();

    private final Browser phone = PHONE.browser();
    private final Browser office = OFFICE.browser();

    @Autowired
    AccountRepository accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    MembershipCheck registry;
    @Autowired
    Journeys journeys;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    DisplayDates dates;
    @Value("${camunda.bpm.admin-user.id}")
    String adminUser;
    @Value("${camunda.bpm.admin-user.password}")
    String adminPassword;
    @Autowired
    JoinApplications applications;

    private final List<LogEntry> console = new ArrayList<>();

    @Test
    void aTeacherAppliesSignsAndIsAdmittedByHerPrimaryOrganisationInTasklist() throws Exception {
        String email = Members.newEmail();

        // 0. the links and buttons that matter are big enough for a finger
        phone.open("/");
        phone.assertTapTarget(phone.link("Войти"), "«Войти» on the home page");
        phone.assertTapTarget(phone.link("Создать"), "«Создать» on the home page");
        phone.open("/login");
        phone.assertTapTarget(phone.button("Войти"), "«Войти» on the login page");
        phone.assertTapTarget(phone.link("Забыли пароль?"), "«Забыли пароль?»");
        phone.assertTapTarget(phone.link("Создать"), "«Создать» on the login page");

        // 1. «Создать», the mailed link, «Нет»
        String accountId = new NewAccount(accounts, jobs, mails).createAndAnswer(phone, email, "Нет");

        // 2. the application to join; the school is found as she types
        phone.waitForText(FORM_INTRO);
        phone.assertFormSpeaksRussian();
        phone.tapAndType("Фамилия", "Соколова");
        phone.tapAndType("Имя", "Мария");
        phone.tapAndType("Отчество", "Ивановна");
        phone.tick("Женский");
        phone.typeDate("Дата рождения", "12.04.1996");
        // the phone's keypad and the mask the form file asks for
        assertThat(phone.field("Телефон").getDomAttribute("type")).isEqualTo("tel");
        assertThat(phone.field("Телефон").getDomAttribute("autocomplete")).isEqualTo("tel");
        phone.typePhone("Телефон", "9123456789", "+7 (912) 345-67-89");
        // the school in one combobox: typed in part, the single hit proposed; left without choosing, the field says
        // so; then chosen with the keyboard
        List<WebElement> hits = phone.typeIntoCombobox("Образовательная организация", "сош 15 васильевск");
        assertThat(hits).as("a single hit").hasSize(1);
        assertThat(hits.get(0).getText()).startsWith(SCHOOL);
        assertThat(hits.get(0).getDomAttribute("class")).as("the hit is proposed").contains("autocomplete__option--focused");
        phone.leaveField();
        assertThat(phone.messageAt("Образовательная организация")).isEqualTo("Выберите организацию из списка.");
        phone.click(phone.field("Образовательная организация"));
        phone.press(Keys.ARROW_DOWN);
        phone.press(Keys.ENTER);
        phone.waitFor(ignored -> phone.valueOf("Образовательная организация").startsWith(SCHOOL) ? Boolean.TRUE : null,
                "the chosen school in the field");
        phone.waitFor(ignored -> phone.driver().findElements(By.cssSelector(".portal-combobox .fjs-form-field-error"))
                .isEmpty() ? Boolean.TRUE : null, "the message at the field gone once the school is chosen");
        choose("Тип занятости", "Работник");
        phone.tick(PERSONAL_DATA_CONSENT);
        phone.assertFormSpeaksRussian();
        phone.assertFitsThePhone();
        phone.screenshotWholePage("v2-application-page.png");
        phone.assertAccessibleOnPhoneAndDesktop("the join application filled in");
        collectConsole(phone);
        phone.click(phone.button("Вступить в Профсоюз"));

        // 3. her data as the documents will carry them; «Изменить данные» brings the form back, filled in
        phone.waitForText(REVIEW_INTRO);
        assertThat(phone.bodyText()).contains("Соколова Мария Ивановна").contains("Пол: Женский").contains("12.04.1996")
                .contains("Телефон: +7 (912) 345-67-89").contains(SCHOOL).contains("Работник")
                .doesNotContain("Структурное подразделение");
        phone.click(phone.button("Изменить данные"));
        phone.waitForText(FORM_INTRO);
        assertThat(phone.valueOf("Фамилия")).as("everything typed is still there").isEqualTo("Соколова");
        assertThat(phone.valueOf("Отчество")).isEqualTo("Ивановна");
        assertThat(phone.valueOf("Дата рождения")).isEqualTo("12.04.1996");
        assertThat(phone.valueOf("Телефон")).isEqualTo("+7 (912) 345-67-89");
        assertThat(phone.field("Женский").isSelected()).isTrue();
        assertThat(phone.valueOf("Образовательная организация")).as("the chosen school is still chosen").startsWith(SCHOOL);
        assertThat(selected("Тип занятости")).isEqualTo("Работник");
        assertThat(phone.field(PERSONAL_DATA_CONSENT).isSelected()).isTrue();
        phone.tapAndType("Структурное подразделение (при наличии)", "Кафедра начальных классов");
        phone.click(phone.button("Вступить в Профсоюз"));

        phone.waitForText("Структурное подразделение: Кафедра начальных классов");
        Browser.assertOpensInANewTab(phone.link("Заявление о вступлении в Профсоюз"));
        String applicationPath = Browser.pathOf(phone.link("Заявление о вступлении в Профсоюз"));
        String consentPath = Browser.pathOf(phone.link("Согласие на обработку персональных данных"));
        phone.assertIsAPdf(applicationPath, "the application to read before signing");
        phone.assertIsAPdf(consentPath, "the consent to read before signing");
        phone.assertTapTarget(phone.link("Заявление о вступлении в Профсоюз"), "the application's link");
        phone.assertTapTarget(phone.link("Согласие на обработку персональных данных"), "the consent's link");
        phone.assertTapTarget(phone.button("Подписать документы"), "«Подписать документы»");
        phone.assertActionBeforeTheWatermark("Изменить данные");
        assertThat(phone.driver().findElements(By.xpath("//a[contains(., 'рекламных сообщений')]")))
                .as("no advertising consent to sign: it was not given").isEmpty();
        phone.assertFitsThePhone();
        phone.screenshotWholePage("v2-documents-page.png");
        phone.assertAccessibleOnPhoneAndDesktop("the join documents review");
        collectConsole(phone);
        phone.click(phone.button("Подписать документы"));

        // 4. the mailed code signs both documents; the signed application goes to the primary organisation. The job
        // sends the code while the page waits, and the page opens the step by itself (a long poll)
        phone.waitForHeading(PROCESSING);
        jobs.runDue(accountId);
        phone.waitForText(CODE_SENT);
        phone.assertAccessibleOnPhoneAndDesktop("the signing code");
        assertThat(phone.field("Код подтверждения").getDomAttribute("inputmode")).isEqualTo("numeric");
        assertThat(phone.field("Код подтверждения").getDomAttribute("autocomplete")).isEqualTo("one-time-code");
        phone.assertTapTarget(phone.button("Подписать"), "«Подписать»");
        phone.assertActionBeforeTheWatermark("Отправить код повторно");
        phone.tapAndType("Код подтверждения", mails.lastCode(email));
        phone.click(phone.button("Подписать"));
        phone.waitForHeading(PROCESSING);
        jobs.runDue(accountId);
        // the page opens the next step by itself: the server answers its one question once it is ready (a long poll)
        phone.waitForHeading("Заявление получено");
        assertThat(phone.fact("Статус заявления").getText())
                .isEqualTo("Заявление получено и передано на рассмотрение в первичную профсоюзную организацию");
        assertThat(phone.fact("Рассматривает").getText()).isEqualTo("Первичная профсоюзная организация " + SCHOOL);
        List<WebElement> signed = phone.section("Мои документы").findElements(By.cssSelector("li a"));
        assertThat(signed).extracting(WebElement::getText).containsExactlyInAnyOrder(
                "Заявление о вступлении в Общероссийский Профсоюз образования " + Browser.NEW_TAB_HINT,
                "Согласие на обработку персональных данных " + Browser.NEW_TAB_HINT);
        signed.forEach(Browser::assertOpensInANewTab);
        signed.forEach(link -> phone.assertTapTarget(link, "the cabinet's link «" + link.getText() + "»"));
        phone.assertIsAPdf(applicationPath, "the signed application");
        phone.assertFitsThePhone();
        phone.screenshotWholePage("v2-received-page.png");
        phone.assertAccessibleOnPhoneAndDesktop("«Заявление получено»");
        collectConsole(phone);

        // 5. the chair of her primary organisation admits her in Tasklist
        String reviewer = reviewerOf((String) runtime.getVariables(processOf(accountId))
                .get(RegistrationProcess.Variables.REVIEWER_GROUP.getName()));
        office.open("/camunda/app/tasklist/default/");
        WebElement user = office.waitFor(driver -> driver.findElements(By.cssSelector("input[ng-model='username']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "the Tasklist login form");
        assertThat(user.getDomAttribute("placeholder")).as("Tasklist speaks Russian").isEqualTo("Имя пользователя");
        user.sendKeys(reviewer);
        office.driver().findElement(By.cssSelector("input[type='password']")).sendKeys(REVIEWER_PASSWORD);
        office.click(office.button("Войти"));
        // Tasklist asks who is signed in before its login page and logs the 404 it gets: Camunda's, not ours
        office.consoleEntries();
        // the only filter a reviewer has, so Tasklist opens it by itself
        office.waitForText("Заявления моей организации");
        WebElement task = office.waitFor(driver -> driver.findElements(By.xpath(
                "//li[contains(@class, 'task')][contains(., 'Соколова Мария Ивановна')]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "her application in the list");
        // the card tells applications apart: applicant, school, filing date and deadline in full, not the process's
        // name or the priority, which every card shares
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(accountId)
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).singleResult();
        assertThat(task.getText()).contains("Рассмотрение заявления о вступлении в Профсоюз")
                .contains("Заявитель:").contains("Соколова Мария Ивановна")
                .contains("Организация:").contains(SCHOOL)
                .contains("Подано:").contains(dates.dateTime(applications.latest(UUID.fromString(accountId)).orElseThrow()
                        .getSubmittedAt()))
                .contains("Рассмотреть до:").contains(dates.date(review.getDueDate().toInstant()))
                .doesNotContain("Регистрация в личном кабинете");
        office.screenshot("v2-tasklist-cards.png");
        assertThat(task.findElements(By.cssSelector(".variable-value"))).hasSize(4)
                .allMatch(value -> Boolean.TRUE.equals(((JavascriptExecutor) office.driver()).executeScript(
                        "return arguments[0].scrollWidth <= arguments[0].clientWidth", value)), "shown in full");
        assertThat(task.findElements(By.cssSelector(".process-definition, .priority, .shutter")).stream()
                .filter(WebElement::isDisplayed).map(element -> element.getDomAttribute("class") + ": " + element.getText()))
                .as("no process name, priority or shutter on the card").isEmpty();
        // nothing for a reviewer to stumble on: no Camunda 8 banner, no stand-alone task, no empty process start
        assertThat(office.bodyText()).doesNotContain("Camunda 8").doesNotContain("Создать задачу")
                .doesNotContain("Запустить процесс");
        assertThat(office.driver().findElements(By.cssSelector(".ce-eol-banner, .create-task-action, .start-process-action")))
                .noneMatch(WebElement::isDisplayed);
        // the header links to the choice between a mail per application and a daily digest
        assertThat(Browser.pathOf(office.link("Уведомления о заявлениях"))).isEqualTo("/review/notifications");
        office.click(task.findElement(By.cssSelector("a")));
        office.click(office.waitFor(driver -> driver.findElements(By.xpath(
                "//*[self::button or self::a][normalize-space()='Взять']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "«Взять»"));
        office.waitForText("Заявитель: Соколова Мария Ивановна");
        // every other fact on the application's page, read from its row: the engine holds none of them
        String facts = Browser.pathOf(office.link("Все сведения заявления"));
        HttpResponse<byte[]> factsPage = office.fetch(facts);
        assertThat(factsPage.statusCode()).isEqualTo(200);
        assertThat(new String(factsPage.body(), StandardCharsets.UTF_8)).contains("Соколова Мария Ивановна")
                .contains("12.04.1996").contains("+7 (912) 345-67-89").contains(EmailAddress.normalize(email))
                .contains("Кафедра начальных классов");
        assertThat(phone.fetch(facts).statusCode()).as("the reviewer's page is not for members").isEqualTo(404);
        String reviewedApplication = Browser.pathOf(office.link("Заявление о вступлении (PDF)"));
        office.assertIsAPdf(reviewedApplication, "the signed application, for the reviewer");
        assertThat(phone.fetch(reviewedApplication).statusCode())
                .as("the reviewer's link is not for members").isEqualTo(404);
        office.screenshot("v2-tasklist-review.png");
        // «Отказать» without a reason is refused with the reason why; changing her mind to admit still completes
        office.clickCentred(office.label("Отказать"));
        office.clickCentred(office.button("Завершить"));
        office.waitForText("Укажите причину отказа");
        // the engine's REST API answers the refusal with 400 (system.ExpectedRefusals) and Chromium logs that
        // response; the notice above is what the reviewer reads
        office.consoleEntries();
        // the reviewer reads the notice and closes it, as it covers the form's buttons
        office.click(office.waitFor(driver -> driver.findElements(By.cssSelector(".notifications .alert button.close"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "the notice's «×»"));
        office.clickCentred(office.label("Принять в Профсоюз"));
        office.waitFor(driver -> office.button("Завершить").isEnabled() ? Boolean.TRUE : null,
                "«Завершить» enabled once «Принять в Профсоюз» is chosen");
        collectConsole(office);
        office.clickCentred(office.button("Завершить"));
        String process = processOf(accountId);
        office.waitFor(driver -> tasks.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).count() == 0 ? Boolean.TRUE : null,
                "the decision to reach the engine");
        office.waitForText("Выберите задачу в списке.");
        // Tasklist may ask once more for the task it just completed and log the 404: Camunda's, not ours
        office.consoleEntries();
        // the reviewer sees what came of it: admitted, then (the admission is the job executor's) with her number
        office.waitForText("Решение по заявлению (Соколова Мария Ивановна): принять в Профсоюз.");
        jobs.runDue(accountId);
        RegistryMemberView member = registry.ofAccount(UUID.fromString(accountId)).orElseThrow();
        office.waitForText("Выдан электронный профсоюзный билет № " + member.formattedTicketNumber() + ".");
        office.screenshot("v2-tasklist-outcome.png");

        // 6. admitted: a new e-ticket number by mail and in her cabinet
        assertThat(mails.last(email).text()).contains(member.formattedTicketNumber());
        phone.open("/cabinet");
        phone.waitForHeading("Соколова Мария Ивановна");
        assertThat(phone.fact("Электронный профсоюзный билет").getText()).isEqualTo(member.formattedTicketNumber());
        assertThat(phone.fact("Статус").getText()).isEqualTo("Состоит на учёте");
        assertThat(phone.section("Мои документы").getText()).contains("Заявление о вступлении в Общероссийский Профсоюз образования");
        phone.assertFitsThePhone();
        phone.screenshotWholePage("v2-cabinet-page.png");
        phone.assertAccessible("the cabinet of an admitted member");
        collectConsole(phone);

        assertThat(console).as("browser console across the journey: no errors")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    /** Cockpit's dashboard links to the funnel (a custom script of Cockpit), which opens on the same session. */
    @Test
    void cockpitsDashboardLinksAnalystsToTheFunnel() {
        office.open("/camunda/app/cockpit/default/");
        WebElement user = office.waitFor(driver -> driver.findElements(By.cssSelector("input[ng-model='username']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "the Cockpit login form");
        user.sendKeys(adminUser);
        office.driver().findElement(By.cssSelector("input[type='password']")).sendKeys(adminPassword);
        office.click(office.button("Войти"));

        WebElement funnel = office.link("открыть воронку регистрации");
        assertThat(Browser.pathOf(funnel)).isEqualTo("/admin/funnel");
        office.screenshot("cockpit-dashboard-funnel-link.png");
        office.click(funnel);
        office.waitForHeading("Воронка регистрации");
        // Cockpit asks who is signed in before its login page and logs the 404 it gets: Camunda's, not ours
        office.consoleEntries();
    }

    /** A form-js select: tap it, then tap the option. */
    @Test
    void aReviewersReasonIsShownToTheApplicantAsTheTextTheyTypedNeverAsMarkup() {
        long school = organisations.search(SCHOOL, 5).stream().filter(hit -> SCHOOL.equals(hit.shortName()))
                .findFirst().orElseThrow().id();
        Journeys.Journey journey = journeys.atJoinReview(Journeys.joinApplication(school));
        String reason = "# Заголовок [ссылка](https://example.org/phish) ![картинка](https://example.org/pixel.png) "
                + "**жирный** https://example.org/raw <b>тег</b> {{applicantEmail}}";
        tasks.complete(journeys.taskOf(journey, RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).getId(),
                Map.of("decision", "reject", "rejectionReason", reason));
        jobs.runDue(journey.businessKey());

        phone.open("/login");
        phone.typeInto("Email", journey.email());
        phone.typeInto("Пароль", Members.PASSWORD);
        phone.click(phone.button("Войти"));
        WebElement form = phone.form();
        phone.waitForText("Первичная профсоюзная организация отклонила заявление");

        assertThat(form.getText()).as("the reason, character for character").contains(reason);
        assertThat(form.findElements(By.cssSelector("a[href*='example.org']"))).as("no link").isEmpty();
        assertThat(form.findElements(By.cssSelector("img"))).as("no image that calls another site")
                .noneMatch(image -> String.valueOf(image.getDomAttribute("src")).contains("example.org"));
        assertThat(form.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6, b, strong")))
                .as("no heading or emphasis made of it").noneMatch(element -> element.getText().contains("Заголовок")
                        || element.getText().contains("жирный") || element.getText().contains("тег"));
        // the analyst's own markdown around it still renders: the quote block of the form's text
        assertThat(form.findElements(By.cssSelector("blockquote"))).isNotEmpty();
        phone.assertAccessibleOnPhoneAndDesktop("the rejection");
        // the form is shown again with her application: the phone as the mask shows it, the school chosen
        assertThat(phone.valueOf("Телефон")).isEqualTo("+7 (916) 123-45-67");
        assertThat(phone.valueOf("Образовательная организация")).as("the chosen school, shown again").startsWith(SCHOOL);
    }

    private void choose(String label, String option) {
        WebElement field = selectField(label);
        phone.click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
        phone.click(phone.waitFor(driver -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().contains(option)).findFirst().orElse(null),
                "the option «" + option + "» of «" + label + "»"));
    }

    private String selected(String label) {
        return selectField(label).findElement(By.cssSelector(".fjs-select-display")).getText();
    }

    private WebElement selectField(String label) {
        return phone.waitFor(driver -> driver.findElements(By.xpath("//div[contains(@class, 'fjs-form-field-select')]"
                + "[.//label[contains(normalize-space(), " + Browser.xpathLiteral(label) + ")]]")).stream()
                .findFirst().orElse(null), "the select «" + label + "»");
    }

    private String processOf(String accountId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId)
                .processDefinitionKey(RegistrationProcess.KEY).singleResult().getId();
    }

    /**
     * The chair of the primary organisation, as an administrator would add them in Camunda Admin: in the
     * organisation's group and the reviewers' shared group.
     */
    private String reviewerOf(String group) {
        String id = "chair" + System.nanoTime();
        User user = identity.newUser(id);
        user.setFirstName("Ольга");
        user.setLastName("Председатель");
        user.setEmail(id + "@example.ru");
        user.setPassword(REVIEWER_PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.createMembership(id, ReviewerGroups.SHARED);
        return id;
    }

    private void collectConsole(Browser browser) {
        console.addAll(browser.consoleEntries());
    }
}
