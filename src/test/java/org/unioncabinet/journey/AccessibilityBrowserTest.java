package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.account.Account;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * The member pages the browser journeys do not walk through, checked with axe-core on a phone and on a desktop
 * ({@link Browser#assertAccessibleOnPhoneAndDesktop}): the public pages, e-mail confirmation results, the legal text,
 * the error pages, the account pages, and the states a journey reaches only by failing (the lockout, a ticket taken
 * by another account). The states are reached through the real services ({@link Journeys}), not walked.
 */
@CabinetTest
class AccessibilityBrowserTest {

    private static final String ORGANISATION = "Общероссийский Профсоюз образования";
    private static final String SERVICE = "Личный кабинет члена Профсоюза";

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();

    private final Browser browser = PHONE.browser();

    @Autowired
    Members members;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;

    @Test
    void publicPagesHaveNoSeriousOrCriticalViolations() {
        browser.open("/");
        browser.waitForText("Создать");
        browser.assertAccessibleOnPhoneAndDesktop("the home page");
        // the logo link is called what it shows (a voice-control user says the words they see), then where it leads
        WebElement logo = browser.driver().findElement(By.cssSelector(".site-header a.brand"));
        assertThat(logo.findElement(By.className("brand__name")).getText()).isEqualTo(ORGANISATION);
        assertThat(logo.findElement(By.className("brand__service")).getText()).startsWith(SERVICE);
        assertThat(words(logo.getAccessibleName())).as("the logo link's accessible name")
                .isEqualTo(ORGANISATION + " " + SERVICE + " — на главную");

        browser.open("/register");
        browser.waitForHeading("Создание личного кабинета");
        browser.assertAccessibleOnPhoneAndDesktop("the registration form");
        browser.typeInto("Email", "не адрес");
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.typeInto("Повторите пароль", Members.PASSWORD + "x");
        browser.click(browser.button("Создать личный кабинет"));
        browser.waitForText("Пароли не совпадают");
        browser.assertAccessibleOnPhoneAndDesktop("the registration form with messages at its fields");

        browser.open("/confirm?token=no-such-token");
        browser.waitForHeading("Ссылка недействительна");
        browser.assertAccessibleOnPhoneAndDesktop("an unknown confirmation link");

        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        String confirmationLink = mails.lastLinkPath(email);
        members.expireLinks(account);
        browser.open(confirmationLink);
        browser.waitForHeading("Ссылка устарела");
        browser.assertAccessibleOnPhoneAndDesktop("an expired confirmation link");
        members.endCooldowns();
        browser.click(browser.button("Отправить ссылку повторно"));
        browser.waitForText("Мы отправили новую ссылку");
        browser.assertAccessibleOnPhoneAndDesktop("a new confirmation link sent");
        jobs.runDue(account.getId().toString());

        // confirmed in a browser that did not register: asked to sign in, with a notice
        browser.open(mails.lastLinkPath(email));
        browser.waitForText("Email подтверждён");
        browser.assertAccessibleOnPhoneAndDesktop("the login page after a confirmation");
        browser.open(mails.lastLinkPath(email));
        browser.waitForHeading("Email уже подтверждён");
        browser.assertAccessibleOnPhoneAndDesktop("a confirmation link followed again");

        browser.open("/login");
        browser.typeInto("Email", email);
        browser.typeInto("Пароль", "не тот пароль");
        browser.click(browser.button("Войти"));
        browser.waitForText("Неверный email или пароль");
        browser.assertAccessibleOnPhoneAndDesktop("the login page after a wrong password");

        browser.click(browser.link("Забыли пароль?"));
        browser.waitForHeading("Восстановление пароля");
        browser.assertAccessibleOnPhoneAndDesktop("the password reset request");
        browser.typeInto("Email", email);
        browser.click(browser.button("Отправить ссылку"));
        browser.waitForText("мы отправили на него ссылку для смены пароля");
        browser.assertAccessibleOnPhoneAndDesktop("the password reset link sent");
        jobs.runDue(account.getId().toString());
        browser.open(mails.lastLinkPath(email));
        browser.waitForText("Новый пароль");
        browser.assertAccessibleOnPhoneAndDesktop("the new password form");
        browser.typeInto("Новый пароль", "1234567890");
        browser.typeInto("Повторите пароль", "1234567890");
        browser.click(browser.button("Сохранить пароль"));
        browser.waitForText("Пароль не может состоять только из цифр.");
        browser.assertAccessibleOnPhoneAndDesktop("the new password form with a message");
        browser.open("/password/reset?token=no-such-token");
        browser.waitForText("Ссылка для смены пароля устарела или уже использована.");
        browser.assertAccessibleOnPhoneAndDesktop("an unknown password reset link");

        browser.open("/documents/signature-agreement");
        browser.waitForText("Соглашение");
        browser.assertAccessibleOnPhoneAndDesktop("the signature agreement");
        browser.open("/documents/privacy-policy");
        browser.waitForHeading("Политика обработки персональных данных");
        browser.assertAccessibleOnPhoneAndDesktop("the personal-data policy");
        browser.open("/email/confirm?token=no-such-token");
        browser.waitForText("Ссылка для изменения адреса устарела или уже использована.");
        browser.assertAccessibleOnPhoneAndDesktop("an unknown e-mail change link");
    }

    @Test
    void accountAndErrorPagesHaveNoSeriousOrCriticalViolations() {
        Journey journey = journeys.atTheQuestion();
        logIn(journey.email());
        browser.form();

        browser.open("/cabinet/password");
        browser.waitForHeading("Смена пароля");
        browser.assertAccessibleOnPhoneAndDesktop("the password change");
        browser.typeInto("Текущий пароль", "не тот пароль");
        browser.typeInto("Новый пароль", "Novyi-parol-2026");
        browser.typeInto("Повторите новый пароль", "Novyi-parol-2026");
        browser.click(browser.button("Сменить пароль"));
        browser.waitForText("Неверный текущий пароль");
        browser.assertAccessibleOnPhoneAndDesktop("the password change with a message");

        browser.open("/cabinet/email");
        browser.waitForHeading("Изменить email");
        browser.assertAccessibleOnPhoneAndDesktop("the e-mail change");
        browser.typeInto("Новый адрес электронной почты", "ivanova-at-mail");
        browser.typeInto("Текущий пароль", "не тот пароль");
        browser.click(browser.button("Отправить ссылку"));
        browser.waitForText("Введите адрес электронной почты, например ivanova@mail.ru.");
        browser.assertAccessibleOnPhoneAndDesktop("the e-mail change with a message");

        browser.open("/cabinet/my-data");
        browser.waitForHeading("Мои данные");
        browser.assertAccessibleOnPhoneAndDesktop("«Мои данные»");
        browser.screenshotWholePage("my-data-page.png");
        browser.click(browser.link("Удалить кабинет"));
        browser.waitForHeading("Удалить кабинет");
        browser.assertAccessibleOnPhoneAndDesktop("«Удалить кабинет»");
        browser.typeInto("Пароль", "не тот пароль");
        browser.click(browser.button("Удалить кабинет"));
        browser.waitForText("Неверный пароль.");
        browser.waitForText("Отметьте, что Вы понимаете");
        browser.assertAccessibleOnPhoneAndDesktop("«Удалить кабинет» with messages at its fields");
        browser.screenshotWholePage("close-cabinet-page.png");

        browser.open("/cabinet/no-such-page");
        browser.waitForHeading("Страница не найдена");
        browser.assertAccessibleOnPhoneAndDesktop("the page not found (404)");

        // a form sent without its CSRF token, as from a page left open too long
        ((JavascriptExecutor) browser.driver()).executeScript("const form = document.createElement('form'); form.method = 'post';"
                + " form.action = '/cabinet/password'; document.body.append(form); form.submit();");
        browser.waitForHeading("Нет доступа");
        browser.assertAccessibleOnPhoneAndDesktop("the access denied page (403)");
    }

    @Test
    void aLockedOutMemberAndATicketTakenByAnotherAccountSeeAccessiblePages() {
        RegistryFixtures.Entry member = registry.add("Воробьёва", "Анна", "Сергеевна", LocalDate.of(1985, 3, 14));

        Journey lockedOut = journeys.atTicketData();
        Map<String, Object> wrongData = Map.of(TicketDataForm.LAST_NAME.getName(), "Иванова",
                TicketDataForm.FIRST_NAME.getName(), member.firstName(),
                TicketDataForm.BIRTH_DATE.getName(), member.birthDate().toString(),
                TicketDataForm.TICKET_NUMBER.getName(), member.ticketNumber());
        for (int attempt = 0; attempt < 5; attempt++) {
            journeys.complete(lockedOut, wrongData);
        }
        logIn(lockedOut.email());
        browser.waitForHeading("Данные не подтверждены");
        browser.assertAccessibleOnPhoneAndDesktop("the lockout page");

        // two members pass the check with one ticket; the first to sign has it, the other is told
        Journey slower = journeys.atConsentDocuments(member);
        Journey faster = journeys.atConsentDocuments(member);
        sign(faster);
        sign(slower);
        browser.startAfresh();
        logIn(slower.email());
        browser.form();
        browser.waitForText("уже привязан к другому личному кабинету");
        browser.assertAccessibleOnPhoneAndDesktop("the ticket taken by another account");
    }

    /** Reads the documents, enters the mailed code; the registry link runs as the job executor would. */
    private void sign(Journey journey) {
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private void logIn(String email) {
        browser.open("/login");
        browser.typeInto("Email", email);
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.click(browser.button("Войти"));
    }
}
