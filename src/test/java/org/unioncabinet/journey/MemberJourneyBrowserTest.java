package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/**
 * The member's journey in a real browser, on an emulated phone screen (390 × 844): the landing page, «Создать», the
 * mailed link, and the first question rendered by form-js from its Camunda Form (/assets/portal.js).
 * Uses Debian's chromium and chromedriver; nothing is downloaded (see {@link Browser}). The pages on the way pass
 * axe-core's check ({@link Browser#assertAccessible}).
 */
@CabinetTest
class MemberJourneyBrowserTest {

    private static final String QUESTION = "У Вас есть электронный профсоюзный билет?";

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();

    private final Browser browser = PHONE.browser();

    @Autowired
    AccountRepository accounts;
    @Autowired
    TaskService tasks;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;

    @Test
    void newMemberGoesFromTheLandingPageThroughTheMailedLinkToTheQuestion() {
        String email = Members.newEmail();
        List<LogEntry> console = new ArrayList<>();

        browser.open("/");
        browser.click(browser.link("Создать"));
        browser.typeInto("Email", email);
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.typeInto("Повторите пароль", Members.PASSWORD);
        WebElement agreement = browser.inputLabelled(browser.label("даю согласие на её использование"));
        browser.tick("даю согласие на её использование");
        assertThat(agreement.isSelected()).as("the signature agreement is ticked").isTrue();
        browser.click(browser.button("Создать личный кабинет"));

        browser.waitForHeading("Подтвердите email");
        assertThat(browser.path()).isEqualTo("/cabinet");
        assertThat(browser.bodyText()).contains(email);
        browser.assertAccessibleOnPhoneAndDesktop("«Подтвердите email»");

        UUID accountId = accounts.findByEmail(EmailAddress.normalize(email)).orElseThrow().getId();
        jobs.runDue(accountId.toString());

        // the development mailbox reads on the phone too: the list, and the mail with its HTML part in a frame
        browser.open("/mailbox");
        browser.assertFitsThePhone();
        browser.click(browser.link(mails.last(email).subject()));
        browser.waitFor(driver -> driver.findElements(By.cssSelector("iframe.mail-frame[sandbox]")).stream()
                .findFirst().orElse(null), "the mail's HTML part in its frame");
        assertThat(browser.bodyText()).contains(email).contains("(время московское)");
        browser.assertFitsThePhone();
        browser.screenshot("mailbox-mail.png");

        browser.open(mails.lastLinkPath(email));

        browser.form();
        WebElement question = browser.radioGroup(QUESTION);
        assertThat(question.isDisplayed()).isTrue();
        browser.assertFitsThePhone();
        console.addAll(browser.consoleEntries());
        browser.screenshot("question.png");
        browser.assertAccessibleOnPhoneAndDesktop("the question «" + QUESTION + "»");

        browser.click(browser.button("Продолжить"));
        WebElement error = browser.waitFor(driver -> question.findElements(By.cssSelector(".fjs-form-field-error"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null), "a message at the radio group");
        assertThat(error.getText()).isEqualTo("Заполните это поле.");
        assertThat(browser.headings()).as("still the question, nothing was sent").doesNotContain("Ответ сохранён");
        browser.screenshot("question-required.png");
        browser.assertAccessibleOnPhoneAndDesktop("the question with its message «Заполните это поле.»");

        WebElement yes = browser.inputLabelled(browser.label("Да"));
        browser.tick("Да");
        assertThat(yes.isSelected()).as("«Да» is chosen").isTrue();
        browser.click(browser.button("Продолжить"));

        browser.waitForText("Укажите данные для проверки профсоюзного членства."); // the e-ticket data form of variant 1
        assertThat(browser.path()).isEqualTo("/cabinet");
        browser.screenshot("ticket-data.png");
        console.addAll(browser.consoleEntries());

        // one message per field, the first rule broken: an empty required field says «Заполните это поле.» once,
        // a name too long and in Latin letters gets one message, not one for each rule it breaks
        browser.typeInto("Фамилия", "Smith".repeat(21));
        browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        browser.click(browser.button("Проверить данные"));
        assertThat(messagesAt("Фамилия")).containsExactly("Введите не более 100 символов.");
        assertThat(messagesAt("Имя")).containsExactly("Заполните это поле.");
        assertThat(messagesAt("Номер электронного профсоюзного билета")).containsExactly("Заполните это поле.");

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(accountId.toString()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(RegistrationProcess.Elements.ENTER_TICKET_DATA);

        assertThat(console)
                .as("browser console: no Content-Security-Policy violations or refused loads")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()
                        && (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused")));
        assertThat(console)
                .as("browser console: no errors at all")
                .noneMatch(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    @Test
    void anEmailAlreadyRegisteredIsToldSoWithAWayToLogIn() {
        String email = Members.newEmail();
        members.register(email);
        String typed = email.toUpperCase();

        browser.open("/register");
        browser.typeInto("Email", typed);
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.typeInto("Повторите пароль", Members.PASSWORD);
        browser.tick("даю согласие на её использование");
        browser.click(browser.button("Создать личный кабинет"));

        WebElement emailInput = browser.waitFor(driver -> {
            WebElement input = driver.findElement(By.id("email"));
            return "true".equals(input.getDomAttribute("aria-invalid")) ? input : null;
        }, "the e-mail field marked invalid");
        String describedBy = emailInput.getDomAttribute("aria-describedby");
        assertThat(describedBy).as("the e-mail field points to its message").isNotBlank();
        assertThat(browser.driver().findElement(By.id(describedBy.split("\\s+")[0])).getText())
                .isEqualTo("Данный email уже зарегистрирован в системе");
        assertThat(emailInput.getDomProperty("value")).as("the typed e-mail is kept").isEqualTo(typed);
        browser.assertFitsThePhone();
        browser.screenshot("already-registered.png");
        browser.assertAccessible("the registration form, e-mail already registered");

        WebElement emailField = emailInput.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        WebElement login = emailField.findElement(By.xpath(".//a[normalize-space()='Войти']"));
        assertThat(login.getDomProperty("href")).isEqualTo(browser.url("/login"));
        browser.click(login);

        browser.waitForHeading("Вход в личный кабинет");
        assertThat(browser.path()).isEqualTo("/login");
        browser.typeInto("Email", typed);
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.click(browser.button("Войти"));

        browser.waitForHeading("Подтвердите email");
        assertThat(browser.path()).isEqualTo("/cabinet");
    }

    /** Every message under the field labelled so, once form-js shows one. */
    private List<String> messagesAt(String label) {
        browser.messageAt(label);
        return browser.field(label).findElements(By.xpath("ancestor::div[contains(@class, 'fjs-form-field')][1]"
                + "//*[contains(@class, 'fjs-form-field-error')]//li")).stream().map(WebElement::getText).toList();
    }

}
