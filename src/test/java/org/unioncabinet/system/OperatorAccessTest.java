package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.support.CabinetTest;

/** The engine and the operators' doors are closed to the anonymous. */
@CabinetTest
class OperatorAccessTest {

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void healthIsOpenEverythingElseOnActuatorNeedsAnAdmin() throws Exception {
        assertThat(call("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(call("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(call("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(call("/actuator/metrics", "admin", "admin-test-password").statusCode()).isEqualTo(200);
        assertThat(call("/actuator/metrics", "admin", "admin-test-password").body()).contains("jvm.memory.used");
        // Last: a wrong password locks the user for a few seconds (Camunda's own login delay).
        assertThat(call("/actuator/metrics", "admin", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void thereIsNoEngineRestApi() throws Exception {
        assertThat(call("/engine-rest/task").statusCode()).isIn(302, 401, 403, 404);
        assertThat(call("/engine-rest/engine").statusCode()).isIn(302, 401, 403, 404);
    }

    @Test
    void theWebAppsApiRefusesTheAnonymous() throws Exception {
        HttpResponse<String> tasks = call("/camunda/api/engine/engine/default/task");
        assertThat(tasks.statusCode()).isEqualTo(401);
        HttpResponse<String> users = call("/camunda/api/admin/auth/user/default");
        assertThat(users.statusCode()).isIn(401, 404);
        assertThat(users.body()).doesNotContain("admin-test-password");
    }

    @Test
    void memberPagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private HttpResponse<String> call(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    private HttpResponse<String> call(String path, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
