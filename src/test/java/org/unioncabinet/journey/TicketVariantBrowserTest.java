package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * Variant 1 of the instruction in a real browser on a phone: a member with an electronic union ticket creates
 * the cabinet, proves membership with the ticket's data (after one mistyped date of birth), gives the
 * personal-data consent, reads it, signs it with the mailed code (after one wrong code) and enters the cabinet.
 * The jobs the job executor would run (mails, linking) are run by the test where the member would wait. At each
 * step axe-core finds no serious or critical violation, on the phone and at a desktop's width.
 */
@CabinetTest
class TicketVariantBrowserTest {

    private static final String TICKET_DATA_INTRO = "Укажите данные для проверки профсоюзного членства.";
    private static final String MISMATCH = "Данные не найдены в АИС «Единый реестр». Проверьте, что фамилия, имя, "
            + "отчество, дата рождения и номер билета указаны так же, как в электронном профсоюзном билете.";
    private static final String MEMBERSHIP_CONFIRMED = "Данные подтверждены: Вы состоите на учёте в АИС «Единый реестр";
    private static final String PERSONAL_DATA_CONSENT = "Даю согласие на обработку персональных данных Профсоюзом";
    private static final String ADVERTISING_CONSENT = "Согласен(на) на получение от Профсоюза и/или организаций Профсоюза";
    private static final String PROCESSING = "Обрабатываем Ваши данные";
    private static final String CODE_SENT = "Код подтверждения был направлен Вам на адрес электронной почты.";
    private static final String WELCOME = "Вы являетесь членом Общероссийского Профсоюза образования";

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();

    private final Browser browser = PHONE.browser();

    @Autowired
    AccountRepository accounts;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;

    private final List<LogEntry> console = new ArrayList<>();

    @Test
    void aMemberWithAnETicketProvesMembershipSignsByCodeAndEntersTheCabinet() throws Exception {
        RegistryFixtures.Entry member = registry.add("Воробьёва", "Анна", "Сергеевна", LocalDate.of(1985, 3, 14));
        String ticketAsPrinted = groupsOfFour(member.ticketNumber());
        String email = Members.newEmail();

        // 1. «Создать», the mailed link, «Да»
        String accountId = new NewAccount(accounts, jobs, mails).createAndAnswer(browser, email, "Да");
        browser.waitForText(TICKET_DATA_INTRO);
        // where she is: the step's title, «Шаг N из M» from the diagram, and the title of the browser's tab
        browser.waitForHeading("Проверка профсоюзного членства");
        assertThat(browser.bodyText()).contains("Шаг 2 из 6");
        assertThat(browser.driver().getTitle()).contains("Проверка профсоюзного членства — шаг 2 из 6");
        // a way back to the question, answered again
        browser.click(browser.button("Назад"));
        browser.waitForHeading("У Вас есть электронный профсоюзный билет?");
        assertThat(browser.bodyText()).contains("Шаг 1 из 6");
        browser.tick("Да");
        browser.click(browser.button("Продолжить"));
        browser.waitForText(TICKET_DATA_INTRO);
        collectConsole();

        // 2. the ticket's data, first with a wrong date of birth
        assertThat(browser.bodyText()).as("no mismatch before the first check").doesNotContain(MISMATCH);
        tapAndType("Фамилия", "ВОРОБЬЕВА");
        tapAndType("Имя", "Анна");
        tapAndType("Отчество", "Сергеевна");
        // dates are never changed behind her back: an impossible one gets a message and stays as typed
        tapAndType("Дата рождения", "31.02.1985");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.messageAt("Дата рождения")).isEqualTo("Такой даты нет. Проверьте число и месяц.");
        assertThat(valueOf("Дата рождения")).isEqualTo("31.02.1985");
        tapAndType("Дата рождения", "1.2.85");
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.messageAt("Дата рождения"))
                .isEqualTo("Введите дату в формате дд.мм.гггг, например 14.03.1985.");
        assertThat(valueOf("Дата рождения")).isEqualTo("1.2.85");
        browser.screenshot("v1-ticket-impossible-date.png");
        browser.assertAccessible("the ticket data form with a message at a field");
        typeDate("Дата рождения", "15.03.1985");
        assertThat(browser.field("Номер электронного профсоюзного билета").getDomAttribute("inputmode"))
                .as("the ticket number is typed on the numeric keyboard").isEqualTo("numeric");
        tapAndType("Номер электронного профсоюзного билета", ticketAsPrinted);
        // she closes the keyboard before tapping: the field's check on leaving it re-renders the form, and a tap
        // landing during that re-rendering is lost in Chromium's phone emulation
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.click(browser.button("Проверить данные"));

        browser.waitForText(MISMATCH);
        assertThat(browser.path()).isEqualTo("/cabinet");
        assertThat(browser.bodyText()).as("the same form again").contains(TICKET_DATA_INTRO);
        assertThat(browser.button("Проверить данные").isDisplayed()).isTrue();
        assertThat(valueOf("Фамилия")).as("typed values are kept").isEqualTo("ВОРОБЬЕВА");
        assertThat(valueOf("Имя")).isEqualTo("Анна");
        assertThat(valueOf("Отчество")).isEqualTo("Сергеевна");
        assertThat(valueOf("Дата рождения")).isEqualTo("15.03.1985");
        assertThat(valueOf("Номер электронного профсоюзного билета")).isEqualTo(ticketAsPrinted);
        browser.assertFitsThePhone();
        browser.screenshot("v1-ticket-mismatch.png");
        browser.screenshotWholePage("v1-ticket-mismatch-page.png");
        browser.assertAccessibleOnPhoneAndDesktop("the ticket data form after a mismatch");
        collectConsole();

        // … then the right one
        typeDate("Дата рождения", "14.03.1985");
        browser.click(browser.button("Проверить данные"));

        // 3. consents: the personal-data one ticked, the advertising one left as it is (unticked)
        browser.waitForText(MEMBERSHIP_CONFIRMED);
        WebElement personalData = browser.field(PERSONAL_DATA_CONSENT);
        WebElement advertising = browser.field(ADVERTISING_CONSENT);
        assertThat(personalData.isSelected()).as("the personal-data consent is not given in advance").isFalse();
        assertThat(advertising.isSelected()).as("the advertising consent is unticked by default").isFalse();
        browser.tick(PERSONAL_DATA_CONSENT);
        assertThat(personalData.isSelected()).as("«%s» is ticked", PERSONAL_DATA_CONSENT).isTrue();
        assertThat(advertising.isSelected()).isFalse();
        browser.assertFitsThePhone();
        browser.screenshot("v1-consents.png");
        browser.assertAccessibleOnPhoneAndDesktop("the consents");
        collectConsole();
        browser.click(browser.button("Продолжить"));

        // 4. the consent to read (a PDF), then «Подписать документы»
        WebElement consentLink = browser.link("Согласие");
        Browser.assertOpensInANewTab(consentLink);
        String consentPath = URI.create(consentLink.getDomProperty("href")).getPath();
        assertThat(consentPath).matches("/cabinet/documents/[0-9a-f-]{36}");
        assertThat(browser.driver().findElements(By.xpath("//a[contains(., 'рекламных сообщений')]")))
                .as("no advertising consent to sign: it was not given").isEmpty();
        assertIsAPdf(consentPath, "the consent to read before signing");
        browser.screenshot("v1-review.png");
        browser.assertAccessibleOnPhoneAndDesktop("the consent to read before signing");
        collectConsole();
        browser.click(browser.button("Подписать документы"));

        // 5. the mailed code: the job sends it while the member waits; the page opens the step by itself once it is
        // ready, without a timed reload: the server answers its one question then (a long poll)
        browser.waitForHeading(PROCESSING);
        browser.assertAccessibleOnPhoneAndDesktop("«Обрабатываем Ваши данные»");
        jobs.runDue(accountId);
        browser.waitForText(CODE_SENT);
        assertThat(browser.button("Отправить код повторно").isDisplayed()).as("a new code can be asked for").isTrue();
        String code = mails.lastCode(email);
        String wrongCode = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
        tapAndType("Код подтверждения", wrongCode);
        browser.click(browser.button("Подписать"));

        browser.waitForText("Неверный код подтверждения. Осталось попыток: 4.");
        assertThat(browser.path()).isEqualTo("/cabinet");
        assertThat(browser.bodyText()).as("the same step again").contains(CODE_SENT);
        browser.assertFitsThePhone();
        browser.screenshot("v1-code.png");
        browser.screenshotWholePage("v1-code-page.png");
        browser.assertAccessibleOnPhoneAndDesktop("the signing code after a wrong code");
        collectConsole();
        tapAndType("Код подтверждения", code);
        browser.click(browser.button("Подписать"));

        // 6. linking to the registry record runs as a job too; then the welcome and the cabinet
        browser.waitForHeading(PROCESSING);
        jobs.runDue(accountId);
        browser.waitForText(WELCOME);
        browser.screenshot("v1-welcome.png");
        browser.assertAccessibleOnPhoneAndDesktop("the welcome (registration complete)");
        collectConsole();
        browser.click(browser.button("Перейти в личный кабинет"));

        browser.waitForHeading("Воробьёва Анна Сергеевна");
        assertThat(browser.path()).isEqualTo("/cabinet");
        browser.screenshot("v1-cabinet.png");
        browser.screenshotWholePage("v1-cabinet-page.png");
        WebElement ticket = fact("Электронный профсоюзный билет");
        WebElement status = fact("Статус");
        assertThat(ticket.getText()).as("the ticket number in groups of four").isEqualTo(ticketAsPrinted);
        assertThat(status.getText()).isEqualTo("Состоит на учёте");
        assertThat(linesOf(ticket)).as("lines the ticket number takes on the phone (a column too narrow for it"
                + " breaks it digit by digit: see .facts in src/main/resources/static/css/site.css)").isEqualTo(1);
        assertThat(linesOf(status)).as("lines «Состоит на учёте» takes on the phone").isEqualTo(1);
        WebElement documents = section("Мои документы");
        List<WebElement> signed = documents.findElements(By.cssSelector("li a"));
        assertThat(signed).as("«Мои документы»: the signed consent").hasSize(1);
        assertThat(signed.get(0).getText()).contains("Согласие на обработку персональных данных");
        Browser.assertOpensInANewTab(signed.get(0));
        assertThat(URI.create(signed.get(0).getDomProperty("href")).getPath()).isEqualTo(consentPath);
        assertThat(documents.getText()).contains("Подписано простой электронной подписью").contains(email)
                .as("the signature's number and hash wait behind «Подробнее о подписи»").doesNotContain("SHA-256");
        browser.click(documents.findElement(By.xpath(".//summary[normalize-space()='Подробнее о подписи']")));
        assertThat(documents.getText()).contains("Номер подписи").contains("Контрольная сумма документа (SHA-256)");
        browser.assertAccessibleOnPhoneAndDesktop("the cabinet with «Мои документы», a signature's details open");
        assertIsAPdf(consentPath, "the signed consent");
        WebElement consents = section("Мои согласия");
        assertThat(consents.getText()).contains("Согласие на обработку персональных данных")
                .doesNotContain("рекламных сообщений");
        browser.assertFitsThePhone();
        collectConsole();

        // 7. nothing went wrong behind the member's back
        assertThat(console)
                .as("browser console across the journey: no errors")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    // ---------- as the member does it ----------

    private void tapAndType(String label, String text) {
        browser.tapAndType(label, text);
    }

    private void typeDate(String label, String date) {
        browser.typeDate(label, date);
    }

    private String valueOf(String label) {
        return browser.valueOf(label);
    }

    private WebElement fact(String term) {
        return browser.fact(term);
    }

    /** How many lines the element's text is laid out on, as the member sees it. */
    private int linesOf(WebElement element) {
        Object lines = ((JavascriptExecutor) browser.driver()).executeScript("const range = document.createRange();"
                + " range.selectNodeContents(arguments[0]);"
                + " return new Set(Array.from(range.getClientRects(), rect => Math.round(rect.top))).size;", element);
        return ((Number) lines).intValue();
    }

    private WebElement section(String heading) {
        return browser.section(heading);
    }

    private String groupsOfFour(String digits) {
        return String.join(" ", Arrays.asList(digits.split("(?<=\\G.{4})")));
    }

    private void assertIsAPdf(String path, String what) throws IOException, InterruptedException {
        browser.assertIsAPdf(path, what);
    }

    private void collectConsole() {
        console.addAll(browser.consoleEntries());
    }
}
