package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.ProductionLogging;

/**
 * A NUL character in what the anonymous send (the login e-mail, registration, «Забыли пароль?», a search, a Camunda
 * user's name) never reaches PostgreSQL, which cannot compare it and answered each with a long stack trace: a 400 with
 * a Russian message, one log line, under production's log levels.
 */
@CabinetTest
@ExtendWith({OutputCaptureExtension.class, ProductionLogging.class})
class NulCharacterTest {

    private static final String NUL_EMAIL = "ivanova\u0000@mail.ru";

    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    @Test
    void theMemberFormsRefuseANulBeforeTheDatabase(CapturedOutput output) throws Exception {
        for (MockHttpServletRequestBuilder attack : new MockHttpServletRequestBuilder[] {
            post("/login").with(csrf()).param("email", NUL_EMAIL).param("password", "whatever-1"),
            post("/register").with(csrf()).param("email", NUL_EMAIL).param("password", "Uchitel-2026")
                    .param("passwordRepeat", "Uchitel-2026").param("signatureAgreementAccepted", "true"),
            post("/password/forgot").with(csrf()).param("email", NUL_EMAIL),
            post("/login").with(csrf()).param("email", "ivanova@mail.ru").param("pass\u0000word", "x"),
            get("/cabinet/organisations").param("q", "\u0000школа"),
            get("/confirm").param("token", "abc\u0000")}) {
            MockHttpServletResponse refused = mvc.perform(attack).andReturn().getResponse();
            assertThat(refused.getStatus()).as(attack.buildRequest(new MockServletContext()).getRequestURI())
                    .isEqualTo(400);
            assertThat(refused.getContentAsString()).isEqualTo(NulCharacterFilter.MESSAGE);
        }

        assertThat(output.getAll()).doesNotContain("PSQLException", "invalid byte sequence").doesNotContainPattern("\\tat ");
        assertThat(output.getAll().lines().filter(line -> line.contains("Refused a request with a NUL character")))
                .hasSize(6).noneMatch(line -> line.contains("ivanova"));
    }

    @Test
    void aCamundaUserNameWithANulIsAWrongPasswordNotAStackTrace(CapturedOutput output) throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ad%00min&password=admin-test-password")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isIn(401, 403);
        assertThat(output.getAll()).doesNotContain("PSQLException", "invalid byte sequence").doesNotContainPattern("\\tat ");
    }
}
