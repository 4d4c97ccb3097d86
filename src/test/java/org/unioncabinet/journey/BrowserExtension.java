package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.unioncabinet.system.DisplayDates;

/**
 * A browser for a test class ({@code @RegisterExtension static final}): started before its first test, quit after
 * its last, and before each test pointed at the test's server and signed out with an empty console. A phone shows
 * Moscow time, as members' phones do, on a phone's screen.
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean phone;
    private Browser browser;

    private BrowserExtension(boolean phone) {
        this.phone = phone;
    }

    /** A member's phone (see {@link Browser#start()}). */
    static BrowserExtension phone() {
        return new BrowserExtension(true);
    }

    /** A reviewer's office computer (see {@link Browser#startDesktop()}). */
    static BrowserExtension desktop() {
        return new BrowserExtension(false);
    }

    /** The browser; test instances take it when they are made, after the class's browsers started. */
    Browser browser() {
        assertThat(browser).as("the browser, started before the test class").isNotNull();
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = phone ? Browser.start() : Browser.startDesktop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser.serving(SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class));
        browser.startAfresh();
        if (phone) {
            browser.inTimeZone(DisplayDates.MOSCOW.getId());
            assertThat(browser.viewport()).as("the page is laid out for a phone's screen")
                    .isEqualTo(Browser.PHONE_WIDTH + "x" + Browser.PHONE_HEIGHT);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
        }
    }
}
