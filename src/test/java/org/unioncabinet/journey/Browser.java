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
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
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

/**
 * Debian's headless Chromium on an emulated phone screen (390 × 844), driven as a member uses it: pages by
 * path, fields by their visible labels, buttons and links by their text, waiting for what the member waits
 * for. Nothing is downloaded (no Selenium Manager). One per test class: {@link #start()} in {@code @BeforeAll},
 * {@link #quit()} in {@code @AfterAll}, {@link #serving(int)} with the test's port before use.
 */
final class Browser {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final Duration WAIT = Duration.ofSeconds(15);

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private int port;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser start() throws IOException {
        File chromedriver = new File(CHROMEDRIVER);
        if (!chromedriver.canExecute()) {
            fail("The browser test needs Debian's ChromeDriver at " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); it is missing or not executable.");
        }
        if (!new File(CHROMIUM).canExecute()) {
            fail("The browser test needs Debian's Chromium at " + CHROMIUM
                    + " (apt-get install chromium); it is missing or not executable.");
        }
        Path profile = Files.createTempDirectory("union-cabinet-chromium-");

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
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    void quit() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** The app under test listens on this port (the test's {@code @LocalServerPort}). */
    void serving(int port) {
        this.port = port;
    }

    WebDriver driver() {
        return driver;
    }

    /** Signed out, with the console of earlier journeys discarded. */
    void startAfresh() {
        open("/");
        driver.manage().deleteAllCookies();
        consoleEntries();
    }

    /** The page's viewport, e.g. {@code 390x844}. */
    Object viewport() {
        return driver.executeScript("return window.innerWidth + 'x' + window.innerHeight");
    }

    /** The clock the phone shows: dates the member types are in its time zone (e.g. Europe/Moscow). */
    void inTimeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    // ---------- pages ----------

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    void reload() {
        driver.navigate().refresh();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    List<String> headings() {
        return driver.findElements(By.tagName("h1")).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .toList();
    }

    void waitForHeading(String text) {
        waitFor(driver -> headings().contains(text) ? Boolean.TRUE : null, "the heading «" + text + "»");
    }

    /** Waits until the page shows the text (anywhere in its visible body). */
    void waitForText(String text) {
        waitFor(driver -> bodyText().contains(text) ? Boolean.TRUE : null, "the text «" + text + "»");
    }

    /** The step's form rendered by form-js. */
    WebElement form() {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")), "the form-js form");
    }

    /** The cookies the browser sends to the app, as a {@code Cookie} header for another client. */
    String cookieHeader() {
        return driver.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    // ---------- fields, buttons, links ----------

    /** A visible label whose text is, or (for long labels and required marks) contains, the given words. */
    WebElement label(String text) {
        String exact = "//label[normalize-space()=" + xpathLiteral(text) + "]";
        String containing = "//label[contains(normalize-space(), " + xpathLiteral(text) + ")]";
        return waitFor(driver -> Stream.of(exact, containing)
                .flatMap(xpath -> driver.findElements(By.xpath(xpath)).stream())
                .filter(WebElement::isDisplayed)
                .findFirst().orElse(null), "a label «" + text + "»");
    }

    /** The input a label is for, found through the label's {@code for}. */
    WebElement inputLabelled(WebElement label) {
        String id = label.getDomAttribute("for");
        assertThat(id).as("label «%s» names its input", label.getText()).isNotBlank();
        return driver.findElement(By.id(id));
    }

    /** The input of the field labelled so. */
    WebElement field(String labelText) {
        return inputLabelled(label(labelText));
    }

    void typeInto(String labelText, String text) {
        WebElement input = field(labelText);
        input.clear();
        input.sendKeys(text);
    }

    WebElement button(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]")), "a button «" + text + "»");
    }

    WebElement link(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "]")), "a link «" + text + "»");
    }

    /** The form-js radio group whose own (first) label is the question. */
    WebElement radioGroup(String question) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(concat(' ', @class, ' '), ' fjs-form-field-radio ')]"
                        + "[label[1][contains(normalize-space(), " + xpathLiteral(question) + ")]]")),
                "the radio group «" + question + "»");
    }

    void click(WebElement element) {
        waitFor(ExpectedConditions.elementToBeClickable(element), "a clickable element").click();
    }

    <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
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
    void assertFitsThePhone() {
        Object width = driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a %d px wide phone", PHONE_WIDTH)
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    // ---------- what the member does not see ----------

    /** What the console logged since the last call (the driver hands each entry out once). */
    List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** The visible viewport as a PNG in target/screenshots/. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, top to bottom, at the phone's width, as a PNG in target/screenshots/. */
    void screenshotWholePage(String name) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) ((Map<String, Object>) driver
                .executeCdpCommand("Page.getLayoutMetrics", Map.of())).get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
