package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
 * for, and checks what assistive technology makes of a page with axe-core ({@link #assertAccessible}). Nothing is
 * downloaded (no Selenium Manager). One per test class, started, pointed at the test's server and quit by
 * {@link BrowserExtension}.
 */
final class Browser {

    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;
    static final Duration WAIT = Duration.ofSeconds(15);

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * axe-core, pinned in src/main/frontend/package.json; the build's {@code npm ci} (validate phase) installs it,
     * so it is there whenever the portal's bundle is.
     */
    private static final Path AXE = Path.of("src", "main", "frontend", "node_modules", "axe-core", "axe.min.js");
    private static final int DESKTOP_WIDTH = 1366;
    private static final int DESKTOP_HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean phone;
    private int port;
    private String axe;

    private Browser(ChromeDriver driver, Path profile, boolean phone) {
        this.driver = driver;
        this.profile = profile;
        this.phone = phone;
    }

    /** A member's phone: a 390 × 844 viewport with touch. */
    static Browser start() throws IOException {
        return start(true);
    }

    /** A reviewer's office computer: a 1366 × 900 desktop window (Tasklist is not made for phones). */
    static Browser startDesktop() throws IOException {
        return start(false);
    }

    private static Browser start(boolean phone) throws IOException {
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
                "--no-first-run", "--disable-dev-shm-usage", "--lang=ru-RU",
                phone ? "--window-size=390,844" : "--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        // Members and reviewers read Russian: the Camunda web apps pick their language from the browser's.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ru-RU,ru"));
        if (phone) {
            // Headless Chromium keeps windows at least 500 px wide, so --window-size alone gives no phone:
            // emulate the phone's screen (as DevTools' device mode does) for a real 390 × 844 viewport.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "mobile", true, "touch", true)));
        }

        // An explicit driver executable: Selenium Manager is not asked to find or download anything.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, phone);
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

    /** The link with this text; a link that says it opens a new tab («… (откроется в новой вкладке)») counts too. */
    WebElement link(String text) {
        return waitFor(ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space()=" + xpathLiteral(text) + " or normalize-space()="
                        + xpathLiteral(text + " " + NEW_TAB_HINT) + "]")), "a link «" + text + "»");
    }

    /** What a link that opens a document in a new tab says after its text. */
    static final String NEW_TAB_HINT = "(откроется в новой вкладке)";

    /** The link opens a new tab, says so, and gives the new tab no hold on this one. */
    static void assertOpensInANewTab(WebElement link) {
        assertThat(link.getDomAttribute("target")).isEqualTo("_blank");
        assertThat(link.getDomAttribute("rel")).isEqualTo("noopener");
        assertThat(link.getText()).endsWith(NEW_TAB_HINT);
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

    /** Clicks an element after scrolling it to the middle of the window (a sticky footer may cover the bottom). */
    void clickCentred(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        click(element);
    }

    <T> T waitFor(Function<? super WebDriver, T> condition, String what) {
        try {
            // pages are replaced under our feet (form posts, redirects): look again, as a member would. Chromium
            // reports an element of a page just replaced either as stale or as "Node with given id does not belong
            // to the document" (a plain WebDriverException); the last one is the timeout's cause if it persists.
            return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                    .ignoring(WebDriverException.class).until(condition);
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

    // ---------- as a member does it on the phone ----------

    /** Taps the field, then types into it (what {@link #typeInto} does, with the tap a member makes). */
    void tapAndType(String label, String text) {
        WebElement input = field(label);
        click(input);
        input.clear();
        input.sendKeys(text);
        if (!tookWithin(() -> text.equals(input.getDomProperty("value")))) {
            // a member who sees the field still empty taps it again and types again (see tick)
            click(label(label));
            input.clear();
            input.sendKeys(text);
        }
        assertThat(input.getDomProperty("value")).as("what «%s» shows after typing", label).isEqualTo(text);
    }

    /**
     * Ticks the checkbox or radio button labelled so by tapping its label, and makes sure it took. Chromium's phone
     * emulation (156.0.8078.79) now and then loses a tap or the keys that follow it right after the page changed
     * under the finger (a dropdown closed, a field lost focus): the box stays empty, and a member seeing that taps
     * again. So does this, never on a box that already took (a second tap would clear it).
     */
    void tick(String labelText) {
        for (int tap = 0; tap < 3; tap++) {
            WebElement input = inputLabelled(label(labelText));
            if (input.isSelected()) {
                return;
            }
            click(label(labelText));
            if (tookWithin(input::isSelected)) {
                return;
            }
        }
        fail("«" + labelText + "» stays unticked after three taps");
    }

    /** Whether the condition holds within a second (what a member waits before trying again). */
    private boolean tookWithin(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return condition.getAsBoolean();
    }

    /** What the field labelled so holds now. */
    String valueOf(String label) {
        return field(label).getDomProperty("value");
    }

    /**
     * A date as a member types it on a phone's numeric keyboard: the digits only; the field's mask puts the dots
     * in ({@code src/main/frontend/src/typedDates.js}), so the field shows {@code date}.
     */
    void typeDate(String label, String date) {
        WebElement input = field(label);
        click(input);
        input.clear();
        input.sendKeys(date.replace(".", ""));
        assertThat(input.getDomProperty("value")).as("«%s» after typing the digits of %s", label, date).isEqualTo(date);
    }

    /**
     * A phone number as a member types it on the phone's keypad: the digits only; the field's mask
     * ({@code src/main/frontend/src/fieldInputs.js}) shows it as {@code shown}.
     */
    void typePhone(String label, String digits, String shown) {
        WebElement input = field(label);
        click(input);
        input.clear();
        input.sendKeys(digits);
        if (!tookWithin(() -> shown.equals(input.getDomProperty("value")))) {
            // keys lost while the form re-rendered under the finger (see tapAndType): typed again
            click(label(label));
            input.clear();
            input.sendKeys(digits);
        }
        assertThat(input.getDomProperty("value")).as("«%s» after typing %s", label, digits).isEqualTo(shown);
    }

    /**
     * Types part of a name into the combobox labelled so ({@code serverCombobox.js}) and waits for the server's
     * list. @return its options
     */
    List<WebElement> typeIntoCombobox(String label, String text) {
        WebElement input = field(label);
        assertThat(input.getDomAttribute("role")).as("«%s» is a combobox", label).isEqualTo("combobox");
        click(input);
        input.clear();
        input.sendKeys(text);
        String listbox = input.getDomAttribute("aria-controls");
        return waitFor(driver -> {
            List<WebElement> options = driver.findElements(By.cssSelector("#" + listbox + " [role='option']"));
            return !options.isEmpty() && "true".equals(input.getDomAttribute("aria-expanded")) ? options : null;
        }, "the list of «" + label + "» for «" + text + "»");
    }

    /** Presses keys in the element that has the focus, as a member with a keyboard does. */
    void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
    }

    /** Leaves the field that has the focus with TAB. */
    void leaveField() {
        press(Keys.TAB);
    }

    /** A finger hits it: the element's hit area is at least 44 × 44 CSS pixels. */
    void assertTapTarget(WebElement element, String what) {
        Rectangle area = element.getRect();
        assertThat(area.getHeight()).as("height of %s", what).isGreaterThanOrEqualTo(44);
        assertThat(area.getWidth()).as("width of %s", what).isGreaterThanOrEqualTo(44);
    }

    /**
     * The step's other answer sits with the form's own button: in the form, before the bpmn.io watermark, which
     * is shown (its licence) with a size of its own.
     */
    void assertActionBeforeTheWatermark(String action) {
        WebElement button = button(action);
        WebElement watermark = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-powered-by")),
                "the bpmn.io watermark");
        assertThat(watermark.isDisplayed()).as("the watermark is shown").isTrue();
        WebElement logo = watermark.findElement(By.cssSelector("a.fjs-powered-by-link"));
        assertThat(logo.isDisplayed()).as("the watermark's link is shown").isTrue();
        assertThat(logo.getRect().getWidth()).as("the watermark's width").isPositive();
        assertThat(logo.getRect().getHeight()).as("the watermark's height").isPositive();
        Boolean before = (Boolean) driver.executeScript("return !!(arguments[0].compareDocumentPosition(arguments[1])"
                + " & Node.DOCUMENT_POSITION_FOLLOWING) && !!arguments[0].closest('.fjs-form')", button, watermark);
        assertThat(before).as("«%s» is in the form before the watermark", action).isTrue();
        assertThat(button.getRect().getY() + button.getRect().getHeight())
                .as("«%s» is shown above the watermark", action).isLessThanOrEqualTo(watermark.getRect().getY());
        assertTapTarget(button, "«" + action + "»");
    }

    /** No word form-js writes itself in English (its selects, searches, lists) is left on the form, seen or read out. */
    void assertFormSpeaksRussian() {
        @SuppressWarnings("unchecked")
        List<String> words = (List<String>) driver.executeScript("""
                const form = document.getElementById('step');
                const out = [form.innerText];
                form.querySelectorAll('[aria-label],[placeholder],[title]').forEach((element) => {
                  ['aria-label', 'placeholder', 'title'].forEach((name) => {
                    if (element.hasAttribute(name)) { out.push(element.getAttribute(name)); }
                  });
                });
                return out;""");
        assertThat(words).as("form-js' own words on the form")
                .noneMatch(text -> text.matches("(?s).*\\b(Select|Search|No results|All values selected|Increment"
                        + "|Decrement|Remove list item|Skip to search|Field must)\\b.*"));
    }

    /** The message form-js shows at the field labelled so, once there is one. */
    String messageAt(String label) {
        WebElement input = field(label);
        return waitFor(ignored -> {
            List<WebElement> messages = input.findElements(By.xpath(
                    "ancestor::div[contains(@class, 'fjs-form-field')][1]//*[contains(@class, 'fjs-form-field-error')]"));
            return messages.isEmpty() || messages.get(0).getText().isBlank() ? null : messages.get(0).getText();
        }, "a message at «" + label + "»");
    }

    /** The value of a fact about the member in the cabinet (a {@code dd} after its {@code dt}). */
    WebElement fact(String term) {
        return driver.findElement(By.xpath("//dl[contains(@class, 'facts')]/dt[normalize-space()="
                + xpathLiteral(term) + "]/following-sibling::dd[1]"));
    }

    /** A section of the page by its {@code h2}. */
    WebElement section(String heading) {
        return driver.findElement(By.xpath("//section[.//h2[normalize-space()=" + xpathLiteral(heading) + "]]"));
    }

    /** The path a link points to. */
    static String pathOf(WebElement link) {
        return URI.create(link.getDomProperty("href")).getPath();
    }

    /**
     * Fetches the path as this browser would, with its cookies, but outside headless Chromium (which would
     * show a PDF in its viewer rather than hand the bytes over).
     */
    HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Cookie", cookieHeader())
                        .timeout(Duration.ofSeconds(30))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The document at the path is a PDF this browser's user may read. */
    void assertIsAPdf(String path, String what) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = fetch(path);
        assertThat(response.statusCode()).as("%s at %s", what, path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as("%s: content type", what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        byte[] body = response.body();
        assertThat(new String(body, 0, Math.min(body.length, 5), StandardCharsets.ISO_8859_1))
                .as("%s: a PDF file", what).isEqualTo("%PDF-");
    }

    // ---------- what assistive technology makes of the page ----------

    /**
     * axe-core finds no serious or critical violation on the page as it is laid out now, with its default rules and
     * nothing excluded. A failure lists each violation: its rule, what it asks for, and the elements it found.
     */
    void assertAccessible(String page) {
        List<String> violations = axeViolations();
        if (!violations.isEmpty()) {
            fail("axe-core " + axeVersion() + " finds " + violations.size() + " serious or critical violation(s) on "
                    + page + " (" + driver.getCurrentUrl() + ", " + viewport() + "):\n" + String.join("\n", violations));
        }
    }

    /**
     * {@link #assertAccessible} on the phone's screen and on a desktop's: the same page in the same browser, its
     * screen widened to 1366 × 900 (no longer a phone) for the second run and narrowed back to the phone's after.
     */
    void assertAccessibleOnPhoneAndDesktop(String page) {
        assertThat(phone).as("a phone's browser, laid out for a desktop for the second run").isTrue();
        assertAccessible(page + " on a phone");
        try {
            emulateScreen(DESKTOP_WIDTH, DESKTOP_HEIGHT, 1.0, false);
            assertAccessible(page + " on a desktop");
        } finally {
            emulateScreen(PHONE_WIDTH, PHONE_HEIGHT, 2.0, true);
        }
        assertThat(viewport()).as("the phone's screen again").isEqualTo(PHONE_WIDTH + "x" + PHONE_HEIGHT);
    }

    private void emulateScreen(int width, int height, double pixelRatio, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", pixelRatio, "mobile", mobile));
    }

    /** The serious and critical violations axe-core finds on the page, one readable entry each. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations() {
        injectAxe();
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const grave = (impact) => impact === 'serious' || impact === 'critical';
                axe.run(document).then((results) => done(results.violations
                    .filter((violation) => grave(violation.impact))
                    .map((violation) => `- ${violation.impact} «${violation.id}»: ${violation.help} (${violation.helpUrl})\\n`
                        + violation.nodes.filter((node) => grave(node.impact))
                            .map((node) => `    at ${node.target.join(' ')}: ${node.failureSummary.replace(/\\s+/g, ' ')}`)
                            .join('\\n'))),
                  (error) => done('axe-core failed: ' + error));""");
        if (result instanceof String failure) {
            fail(failure + " at " + driver.getCurrentUrl());
        }
        return (List<String>) result;
    }

    private String axeVersion() {
        return String.valueOf(driver.executeScript("return window.axe && window.axe.version"));
    }

    /** Puts axe-core into the page once (a new page needs it again). */
    private void injectAxe() {
        if (Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            return;
        }
        if (axe == null) {
            if (!Files.isReadable(AXE)) {
                fail("The accessibility check needs axe-core at " + AXE.toAbsolutePath()
                        + ": build the frontend first (./mvnw test-compile without -Dfrontend.skip runs npm ci).");
            }
            try {
                axe = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.executeScript(axe);
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
