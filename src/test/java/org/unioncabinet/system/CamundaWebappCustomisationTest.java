package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.support.CabinetTest;

/**
 * Our changes to Tasklist and Cockpit go through their supported configuration (docs/operations.md, «Tasklist and
 * Cockpit customisation»): each app's {@code scripts/config.js} names our custom scripts, which the app serves from its
 * own folder, and Tasklist serves our {@code styles/user-styles.css}. Cockpit's dashboard links to the analysts'
 * funnel: a plugin of its {@code cockpit.dashboard} point. What the scripts do is proven in the browser, by
 * JoinVariantBrowserTest.
 */
@CabinetTest
class CamundaWebappCustomisationTest {

    @LocalServerPort
    int port;

    @Test
    void cockpitsDashboardLinksToTheFunnel() throws Exception {
        assertThat(text("/camunda/app/cockpit/scripts/config.js")).contains("customScripts: ['union-cabinet/funnel-link']");

        HttpResponse<String> plugin = get("/camunda/app/cockpit/union-cabinet/funnel-link.js");
        assertThat(plugin.statusCode()).isEqualTo(200);
        assertThat(plugin.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));
        assertThat(plugin.body()).contains("pluginPoint: 'cockpit.dashboard'").contains("link.href = '/admin/funnel'")
                .contains("Воронка регистрации").contains("export default");
    }

    @Test
    void tasklistLoadsTheReviewersScriptAndStyles() throws Exception {
        assertThat(text("/camunda/app/tasklist/scripts/config.js"))
                .contains("customScripts: ['union-cabinet/reviewer-tasklist']");
        assertThat(text("/camunda/app/tasklist/union-cabinet/reviewer-tasklist.js"))
                .contains("pluginPoint: 'tasklist.navbar.action'").contains("'/review/notifications'");
        assertThat(text("/camunda/app/tasklist/styles/user-styles.css")).contains(".ce-eol-banner")
                .contains(".create-task-action").contains(".start-process-action");
    }

    private String text(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
