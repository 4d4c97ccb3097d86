package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * Uses Debian's chromium and chromedriver; nothing is downloaded.
 */
@CabinetTest
class MemberJourneyBrowserTest {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String QUESTION = "У Вас есть электронный профсоюзный билет?";

    private static Path profile;
    private static WebDriver driver;

    @LocalServerPort
    int port;

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

    @BeforeAll
    static void startBrowser() throws IOException {
        File chromedriver = new File(CHROMEDRIVER);
        if (!chromedriver.canExecute()) {
            fail("The browser test needs Debian's ChromeDriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); it is missing or not executable.");
        }
        if (!new File(CHROMIUM).canExecute()) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM
                    + " (apt-get install chromium); it is missing or not executable.");
        }
        profile = Files.createTempDirectory("union-cabinet-chromium-");

        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=390,844",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // Headless Chromium keeps windows at least 500 px wide, so --window-size alone gives no phone:
        // emulate the phone's screen (as DevTools' device mode does) for a real 390 × 844 viewport.
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "mobile", true, "touch", true)));

        // An explicit driver executable: Selenium Manager is not asked to find or download anything.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }
    }

    /** Each journey starts signed out, with the console of earlier journeys discarded. */
    @BeforeEach
    void signOutAndClearConsole() {
        open("/");
        driver.manage().deleteAllCookies();
        consoleEntries();
        Object viewport = ((JavascriptExecutor) driver).executeScript("return window.innerWidth + 'x' + window.innerHeight");
        assertThat(viewport).as("the page is laid out for a phone's screen").isEqualTo(PHONE_WIDTH + "x" + PHONE_HEIGHT);
    }

    @Test
    void newMemberGoesFromTheLandingPageThroughTheMailedLinkToTheQuestion() {
        String email = Members.newEmail();
        List<LogEntry> console = new ArrayList<>();

        open("/");
        click(link("Создать"));
        typeInto("Email", email);
        typeInto("Пароль", Members.PASSWORD);
        typeInto("Повторите пароль", Members.PASSWORD);
        WebElement agreement = inputLabelled(label("даю согласие на её использование"));
        click(label("даю согласие на её использование"));
        assertThat(agreement.isSelected()).as("the signature agreement is ticked").isTrue();
        click(button("Создать личный кабинет"));

        waitForHeading("Подтвердите email");
        assertThat(path()).isEqualTo("/cabinet");
        assertThat(bodyText()).contains(email);

        UUID accountId = accounts.findByEmail(EmailAddress.normalize(email)).orElseThrow().getId();
        jobs.runDue(accountId.toString());
        open(mails.lastLinkPath(email));

        waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")), "the form-js form");
        WebElement question = radioGroup(QUESTION);
        assertThat(question.isDisplayed()).isTrue();
        assertFitsThePhone();
        console.addAll(consoleEntries());
        screenshot("question.png");

        click(button("Продолжить"));
        WebElement error = waitFor(driver -> question.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null), "a message at the radio group");
        assertThat(error.getText()).isEqualTo("Заполните это поле.");
        assertThat(headings()).as("still the question, nothing was sent").doesNotContain("Ответ сохранён");
        screenshot("question-required.png");

        WebElement yes = inputLabelled(label("Да"));
        click(label("Да"));
        assertThat(yes.isSelected()).as("«Да» is chosen").isTrue();
        click(button("Продолжить"));

        waitFor(driver -> bodyText().contains("Укажите данные для проверки профсоюзного членства.") ? true : null,
                "the e-ticket data form of variant 1");
        assertThat(path()).isEqualTo("/cabinet");
        screenshot("ticket-data.png");
        console.addAll(consoleEntries());

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

        open("/register");
        typeInto("Email", typed);
        typeInto("Пароль", Members.PASSWORD);
        typeInto("Повторите пароль", Members.PASSWORD);
        click(label("даю согласие на её использование"));
        click(button("Создать личный кабинет"));

        WebElement emailInput = waitFor(driver -> {
            WebElement input = driver.findElement(By.id("email"));
            return "true".equals(input.getDomAttribute("aria-invalid")) ? input : null;
        }, "the e-mail field marked invalid");
        String describedBy = emailInput.getDomAttribute("aria-describedby");
        assertThat(describedBy).as("the e-mail field points to its message").isNotBlank();
        assertThat(driver.findElement(By.id(describedBy.split("\\s+")[0])).getText())
                .isEqualTo("Данный email уже зарегистрирован в системе");
        assertThat(emailInput.getDomProperty("value")).as("the typed e-mail is kept").isEqualTo(typed);
        assertFitsThePhone();
        screenshot("already-registered.png");

        WebElement emailField = emailInput.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]"));
        WebElement login = emailField.findElement(By.xpath(".//a[normalize-space()='Войти']"));
        assertThat(login.getDomProperty("href")).isEqualTo(url("/login"));
        click(login);

        waitForHeading("Вход в личный кабинет");
        assertThat(path()).isEqualTo("/login");
        typeInto("Email", typed);
        typeInto("Пароль", Members.PASSWORD);
        click(button("Войти"));

        waitForHeading("Подтвердите email");
        assertThat(path()).isEqualTo("/cabinet");
    }

    // ---------- the browser, as a member uses it ----------

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void open(String path) {
        driver.get(url(path));
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private static String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private static List<String> headings() {
        return driver.findElements(By.tagName("h1")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .toList();
    }

    private static void waitForHeading(String text) {
        waitFor(driver -> headings().contains(text) ? Boolean.TRUE : null, "the heading «" + text + "»");
    }

    /** A visible label whose text is, or (for long labels) contains, the given words. */
    private static WebElement label(String text) {
        String exact = "//label[normalize-space()=" + xpathLiteral(text) + "]";
        String containing = "//label[contains(normalize-space(), " + xpathLiteral(text) + ")]";
        return waitFor(driver -> Stream.of(exact, containing)
                .flatMap(xpath -> driver.findElements(By.xpath(xpath)).stream())
                .filter(WebElement::isDisplayed)
                .findFirst().orElse(null), "a label «" + text + "»");
    }

    /** The input a label is for, found through the label's {@code for}. */
    private static WebElement inputLabelled(WebElement label) {
        String id = label.getDomAttribute("for");
        assertThat(id).as("label «%s» names its input", label.getText()).isNotBlank();
        return driver.findElement(By.id(id));
    }

    private static void typeInto(String labelText, String text) {
        WebElement input = inputLabelled(label(labelText));
        input.clear();
        input.sendKeys(text);
    }

    private static WebElement button(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]")), "a button «" + text + "»");
    }

    private static WebElement link(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "]")), "a link «" + text + "»");
    }

    /** The form-js radio group whose own (first) label is the question. */
    private static WebElement radioGroup(String question) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' fjs-form-field-radio ')]"
                        + "[label[1][contains(normalize-space(), " + xpathLiteral(question) + ")]]")),
                "the radio group «" + question + "»");
    }

    private static void click(WebElement element) {
        waitFor(ExpectedConditions.elementToBeClickable(element), "a clickable element").click();
    }

    private static <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
        try {
            // pages are replaced under our feet (form posts, redirects): look again, as a member would
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
        } catch (TimeoutException e) {
            String page = bodyText();
            throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + " at " + driver.getCurrentUrl()
                    + "; the page shows:\n" + page.substring(0, Math.min(page.length(), 2000)), e);
        }
    }

    /** Nothing sticks out sideways: no horizontal scrolling on the phone. */
    private static void assertFitsThePhone() {
        Object width = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a %d px wide phone", PHONE_WIDTH)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** What the console logged since the last call (the driver hands each entry out once). */
    private static List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
