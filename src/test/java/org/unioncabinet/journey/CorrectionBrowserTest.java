package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.correction.CorrectionVictims;
import org.unioncabinet.correction.PersonalDataCorrectionProcess;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * «Заявление об изменении персональных данных» in real browsers: a teacher whose surname changed when she married is
 * locked out of variant 1 (the registry still has her maiden name); from the lockout page she files the statement on
 * her phone with a photo of her marriage certificate, and signs it with the mailed code; the chair of her primary
 * organisation finds it in Tasklist beside the join applications and approves it; her next «Проверить данные» with
 * her new surname passes, and her cabinet shows the corrected record. The jobs the job executor would run are run by
 * the test where someone would wait.
 */
@CabinetTest
class CorrectionBrowserTest {

    private static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";
    private static final String PROCESSING = "Обрабатываем Ваши данные";
    private static final String CODE_SENT = "Код подтверждения был направлен Вам на адрес электронной почты.";
    private static final String REVIEWER_PASSWORD = "Председатель-ППО-2026";
    private static final String FILE_IT = "Подать заявление об изменении персональных данных";

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();
    @RegisterExtension
    static final BrowserExtension OFFICE = BrowserExtension.desktop();

    private final Browser phone = PHONE.browser();
    private final Browser office = OFFICE.browser();

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    MembershipCheck membership;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;

    private final List<LogEntry> console = new ArrayList<>();

    @Test
    void aMemberWhoseSurnameChangedFilesTheCorrectionFromTheLockoutAndHerCabinetShowsTheCorrectedRecord()
            throws Exception {
        RegistryFixtures.Entry record = registry.add("Воробьёва", "Анна", "Сергеевна", LocalDate.of(1985, 3, 14));
        Journey member = lockedOutWithHerNewSurname(record);
        String accountId = member.businessKey();

        // 1. the lockout page offers the statement
        phone.open("/login");
        phone.typeInto("Email", member.email());
        phone.typeInto("Пароль", Members.PASSWORD);
        phone.click(phone.button("Войти"));
        phone.waitForHeading("Данные не подтверждены");
        assertThat(phone.bodyText()).as("nothing from the registry on the page").doesNotContain("Воробьёва");
        phone.assertTapTarget(phone.link(FILE_IT), "«" + FILE_IT + "»");
        phone.click(phone.link(FILE_IT));

        // 2. the scan of her marriage certificate, on a page of its own (a Camunda Form uploads no file)
        phone.waitForHeading("Заявление об изменении персональных данных");
        Path scan = Files.createTempFile("svidetelstvo", ".png");
        Files.write(scan, CorrectionVictims.PNG);
        phone.field("Документ-основание (необязательно)").sendKeys(scan.toString());
        phone.assertFitsThePhone();
        phone.assertAccessibleOnPhoneAndDesktop("the statement's scan page");
        phone.click(phone.button("Продолжить"));

        // 3. the statement: her ticket number, her name as it is now, her school, why
        phone.waitForText("Укажите данные так, как они должны быть записаны");
        phone.assertFormSpeaksRussian();
        phone.tapAndType("Номер электронного профсоюзного билета", record.ticketNumber());
        phone.tapAndType("Фамилия", "Соколова");
        phone.tapAndType("Имя", "Анна");
        phone.tapAndType("Отчество", "Сергеевна");
        typeDate("Дата рождения", "14.03.1985");
        List<WebElement> hits = phone.typeIntoCombobox("Образовательная организация", "сош 15 васильевск");
        assertThat(hits).hasSize(1);
        phone.click(phone.field("Образовательная организация"));
        phone.press(Keys.ARROW_DOWN);
        phone.press(Keys.ENTER);
        phone.waitFor(ignored -> phone.valueOf("Образовательная организация").startsWith(SCHOOL) ? Boolean.TRUE : null,
                "the chosen school in the field");
        phone.tapAndType("Причина изменения", "Смена фамилии при вступлении в брак");
        phone.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(phone.bodyText()).contains("Документ-основание приложен к заявлению.");
        phone.assertFitsThePhone();
        phone.assertAccessibleOnPhoneAndDesktop("the correction statement");
        collectConsole(phone);
        phone.click(phone.button("Продолжить"));

        // 4. the statement as its PDF says it, signed with the mailed code
        phone.waitForText("Проверьте заявление об изменении персональных данных");
        assertThat(phone.bodyText()).contains("Соколова Анна Сергеевна").contains("14.03.1985").contains(SCHOOL)
                .contains("Смена фамилии при вступлении в брак");
        phone.assertIsAPdf(Browser.pathOf(phone.link("Заявление об изменении персональных данных")),
                "the statement to read before signing");
        phone.assertAccessibleOnPhoneAndDesktop("the statement to sign");
        phone.click(phone.button("Подписать документы"));
        phone.waitForHeading(PROCESSING);
        jobs.runDue(accountId);
        phone.waitForText(CODE_SENT);
        phone.tapAndType("Код подтверждения", mails.lastCode(member.email()));
        phone.click(phone.button("Подписать"));
        phone.waitForHeading(PROCESSING);
        jobs.runDue(accountId);
        phone.waitForHeading("Данные не подтверждены");
        assertThat(phone.fact("Заявление об изменении персональных данных").getText())
                .isEqualTo("На рассмотрении в первичной профсоюзной организации");
        phone.assertAccessible("the lockout page with the statement under review");
        collectConsole(phone);

        // 5. the chair of her primary organisation approves it in Tasklist, beside the join applications
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(accountId)
                .processDefinitionKey(PersonalDataCorrectionProcess.KEY).singleResult().getId();
        String reviewer = reviewerOf((String) runtime.getVariable(process,
                PersonalDataCorrectionProcess.Variables.REVIEWER_GROUP.getName()));
        office.open("/camunda/app/tasklist/default/");
        WebElement user = office.waitFor(driver -> driver.findElements(By.cssSelector("input[ng-model='username']"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "the Tasklist login form");
        user.sendKeys(reviewer);
        office.driver().findElement(By.cssSelector("input[type='password']")).sendKeys(REVIEWER_PASSWORD);
        office.click(office.button("Войти"));
        office.consoleEntries();
        office.waitForText("Заявления моей организации");
        WebElement task = office.waitFor(driver -> driver.findElements(By.xpath(
                "//li[contains(@class, 'task')][contains(., 'Соколова Анна Сергеевна')]")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "her statement in the list");
        assertThat(task.getText()).contains("Рассмотрение заявления об изменении персональных данных")
                .contains("Заявитель:").contains(SCHOOL);
        office.click(task.findElement(By.cssSelector("a")));
        office.click(office.waitFor(driver -> driver.findElements(By.xpath(
                "//*[self::button or self::a][normalize-space()='Взять']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "«Взять»"));
        office.waitForText("Заявитель: Соколова Анна Сергеевна");
        String statementPage = Browser.pathOf(office.link("Заявление: запись в реестре и изменения"));
        String page = new String(office.fetch(statementPage).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).as("the record beside what she asks for").contains("Воробьёва Анна Сергеевна")
                .contains("Соколова Анна Сергеевна").contains("Смена фамилии при вступлении в брак")
                .contains("Документ-основание (скачать файл)");
        assertThat(phone.fetch(statementPage).statusCode()).as("not for members").isEqualTo(404);
        office.assertIsAPdf(Browser.pathOf(office.link("Подписанное заявление (PDF)")), "the signed statement");
        office.clickCentred(office.label("Внести изменения"));
        office.waitFor(driver -> office.button("Завершить").isEnabled() ? Boolean.TRUE : null, "«Завершить» enabled");
        collectConsole(office);
        office.clickCentred(office.button("Завершить"));
        office.waitFor(driver -> tasks.createTaskQuery().processInstanceId(process).count() == 0 ? Boolean.TRUE : null,
                "the decision to reach the engine");
        office.consoleEntries();
        jobs.runDue(accountId);
        assertThat(mails.last(member.email()).subject()).contains("Изменения персональных данных внесены");

        // 6. her check with her new surname passes at once, and her cabinet shows the corrected record
        phone.open("/cabinet");
        phone.waitForHeading("Проверка профсоюзного членства");
        phone.tapAndType("Фамилия", "Соколова");
        phone.tapAndType("Имя", "Анна");
        phone.tapAndType("Отчество", "Сергеевна");
        typeDate("Дата рождения", "14.03.1985");
        phone.tapAndType("Номер электронного профсоюзного билета", record.ticketNumber());
        phone.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        phone.click(phone.button("Проверить данные"));
        phone.waitForText("Согласие на обработку персональных данных");
        // the consents and their signing are the registration's own steps, tested in TicketVariantBrowserTest
        journeys.complete(member, Map.of(RegistrationProcess.Variables.PERSONAL_DATA_CONSENT.getName(), true,
                RegistrationProcess.Variables.ADVERTISING_CONSENT.getName(), false));
        journeys.complete(member, Map.of());
        jobs.runDue(accountId);
        journeys.complete(member, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(member.email())));
        jobs.runDue(accountId);
        journeys.complete(member, Map.of());
        RegistryMemberView corrected = membership.ofAccount(UUID.fromString(accountId)).orElseThrow();
        phone.open("/cabinet");
        phone.waitForHeading("Соколова Анна Сергеевна");
        assertThat(phone.fact("Электронный профсоюзный билет").getText()).isEqualTo(corrected.formattedTicketNumber());
        assertThat(phone.fact("Заявление об изменении персональных данных").getText())
                .isEqualTo("Изменения внесены в АИС «Единый реестр»");
        phone.assertFitsThePhone();
        phone.assertAccessible("the cabinet with the corrected record");
        collectConsole(phone);

        assertThat(console).as("browser console across the journey: no errors")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    /** Variant 1 with her new surname, which the registry does not know: five checks, then the wait. */
    private Journey lockedOutWithHerNewSurname(RegistryFixtures.Entry record) {
        Journey member = journeys.atTicketData();
        for (int attempt = 1; attempt <= 5; attempt++) {
            journeys.complete(member, Map.of(TicketDataForm.LAST_NAME.getName(), "Соколова",
                    TicketDataForm.FIRST_NAME.getName(), record.firstName(),
                    TicketDataForm.MIDDLE_NAME.getName(), record.middleName(),
                    TicketDataForm.BIRTH_DATE.getName(), record.birthDate().toString(),
                    TicketDataForm.TICKET_NUMBER.getName(), record.ticketNumber()));
        }
        assertThat(runtime.createExecutionQuery().processInstanceId(member.process().getId())
                .activityId(RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT).count()).isOne();
        return member;
    }

    /**
     * A date typed as a member does, typed again when the tap before it was lost (Chromium's phone emulation loses
     * one now and then right after the form changed under the finger; see Browser.tick).
     */
    private void typeDate(String label, String date) {
        phone.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        try {
            phone.typeDate(label, date);
        } catch (AssertionError lostTap) {
            phone.typeDate(label, date);
        }
    }

    /** The chair of the primary organisation, in its group and the reviewers' shared group. */
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
