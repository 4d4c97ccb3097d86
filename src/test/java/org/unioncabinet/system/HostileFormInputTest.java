package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/**
 * The classic (non-form-js) forms and parameters, attacked field by field: account creation, login,
 * «Забыли пароль?», the reset and confirmation links, the organisation search and the legal texts.
 * Never a 5xx, never the script echoed raw, never a stored account or a started process.
 */
@CabinetTest
class HostileFormInputTest {

    static final String SCRIPT = "<script>alert(document.cookie)</script>";
    static final List<String> HOSTILE_TEXT = List.of(SCRIPT, "\"><svg onload=alert(1)>", "a\u0000b", "a\u0007\u001b[31m",
            "x".repeat(10_000), "\u202eadmin", "' OR '1'='1", "%00", "../../etc/passwd", "${7*7}", "#{7*7}", "*{7*7}");
    static final List<String> HOSTILE_EMAILS = List.of(SCRIPT + "@example.ru", "a\u0000b@example.ru",
            "a@example.ru\r\nBcc: b@example.ru", "a@example.ru\nX-Injected: 1", "x".repeat(300) + "@example.ru",
            "\"><svg/onload=alert(1)>@example.ru", "a@example.ru,b@example.ru", "a@example.ru;b@example.ru",
            "<a@example.ru>", "Иванова <a@example.ru>", "a@[127.0.0.1]");
    private static final String CLIENT = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
    private static final Pattern RUSSIAN = Pattern.compile("[А-Яа-яЁё]");

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @Test
    void accountCreationRefusesHostileEmailsAndPasswordsAtTheField() throws Exception {
        int accounts = count("app.account");
        SoftAssertions softly = new SoftAssertions();
        for (String email : HOSTILE_EMAILS) {
            MockHttpServletResponse page = perform(post("/register").with(csrf()).param("email", email)
                    .param("password", Members.PASSWORD).param("passwordRepeat", Members.PASSWORD)
                    .param("signatureAgreementAccepted", "true"));
            if (refusedAtTheDoor(softly, email, page)) {
                continue;
            }
            softly.assertThat(page.getStatus()).as(email).isEqualTo(200);
            softly.assertThat(body(page)).as(email).containsPattern("[Аа]дрес|почтового ящика")
                    .doesNotContain("<script>alert", "<svg");
        }
        String email = Members.newEmail();
        for (String password : HOSTILE_TEXT) {
            MockHttpServletResponse page = perform(post("/register").with(csrf()).param("email", email)
                    .param("password", password).param("passwordRepeat", password + "x")
                    .param("signatureAgreementAccepted", "true"));
            if (refusedAtTheDoor(softly, password, page)) {
                continue;
            }
            softly.assertThat(page.getStatus()).as(password).isEqualTo(200);
            softly.assertThat(body(page)).as(password).containsPattern("Парол").doesNotContain("<script>alert", "<svg");
        }
        for (String agreed : List.of("maybe", SCRIPT, "", "2")) {
            MockHttpServletResponse page = perform(post("/register").with(csrf()).param("email", email)
                    .param("password", Members.PASSWORD).param("passwordRepeat", Members.PASSWORD)
                    .param("signatureAgreementAccepted", agreed));
            softly.assertThat(page.getStatus()).as(agreed).isIn(200, 400);
            softly.assertThat(body(page)).as(agreed).containsPattern(RUSSIAN).doesNotContain("<script>alert")
                    .doesNotContain("Failed to convert");
        }
        softly.assertAll();
        assertThat(count("app.account")).as("no account was created").isEqualTo(accounts);
    }

    @Test
    void loginResetAndLinksAnswerHostileValuesCalmly() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        var member = user(MemberPrincipal.of(members.register(Members.newEmail())));
        int accounts = count("app.account");
        int processes = count("public.act_ru_execution");
        for (String value : concat(HOSTILE_TEXT, HOSTILE_EMAILS)) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    post("/login").with(csrf()).param("email", value).param("password", value),
                    post("/password/forgot").with(csrf()).param("email", value),
                    get("/password/reset").param("token", value),
                    post("/password/reset").with(csrf()).param("token", value).param("password", value)
                            .param("passwordRepeat", value),
                    get("/confirm").param("token", value),
                    post("/confirm/resend").with(csrf()).param("token", value),
                    get("/email/confirm").param("token", value),
                    post("/email/confirm").with(csrf()).param("token", value),
                    post("/cabinet/email").with(csrf()).with(member).param("newEmail", value)
                            .param("currentPassword", value));
            for (MockHttpServletRequestBuilder request : requests) {
                MockHttpServletResponse response = perform(request);
                if (refusedAtTheDoor(softly, value, response)) {
                    continue;
                }
                softly.assertThat(response.getStatus()).as(value).isIn(200, 302);
                softly.assertThat(body(response)).as(value).doesNotContain("<script>alert", "<svg");
                softly.assertThat(String.valueOf(response.getRedirectedUrl())).as(value).doesNotContain("<", "\n");
            }
        }
        softly.assertAll();
        assertThat(count("app.account")).isEqualTo(accounts);
        assertThat(count("public.act_ru_execution")).as("no process started").isEqualTo(processes);
    }

    @Test
    void theOrganisationSearchAndTheLegalTextsRefuseNonsenseWithA4xx() throws Exception {
        var member = user(MemberPrincipal.of(members.register(Members.newEmail())));
        SoftAssertions softly = new SoftAssertions();
        for (String query : concat(HOSTILE_TEXT, List.of("7701", "770123456789012345", "-1", "%", "_", "\\"))) {
            MockHttpServletResponse response = perform(get("/cabinet/organisations").param("q", query).with(member));
            if (refusedAtTheDoor(softly, query, response)) {
                continue;
            }
            softly.assertThat(response.getStatus()).as(query).isEqualTo(200);
            softly.assertThat(body(response)).as(query).startsWith("[").doesNotContain("<script>");
        }
        for (String limit : List.of("-1", "0", "abc", "99999999999", "1000000", "1.5")) {
            MockHttpServletResponse response = perform(get("/cabinet/organisations").param("q", "школа")
                    .param("limit", limit).with(member));
            softly.assertThat(response.getStatus()).as("limit " + limit).isIn(200, 400);
            if (response.getStatus() == 200) {
                softly.assertThat(body(response)).as("limit " + limit).startsWith("[");
            }
        }
        for (String path : List.of("/documents/signature-agreement/vabc", "/documents/signature-agreement/v-1",
                "/documents/signature-agreement/v99999999999", "/documents/signature-agreement/v0",
                "/mailbox/abc", "/mailbox/-1", "/mailbox/99999999999", "/mailbox/" + "f".repeat(20), "/mailbox/0", "/cabinet/documents/..%2f..%2fetc",
                "/cabinet/steps/" + "x".repeat(5000))) {
            MockHttpServletResponse response = perform(get(path).with(member));
            softly.assertThat(response.getStatus()).as(path).isBetween(400, 499);
        }
        softly.assertAll();
    }

    /** A NUL never gets past the door ({@link NulCharacterFilter}); true when the value had one. */
    private static boolean refusedAtTheDoor(SoftAssertions softly, String value, MockHttpServletResponse response)
            throws Exception {
        if (value.indexOf('\0') < 0) {
            return false;
        }
        softly.assertThat(response.getStatus()).as(value).isEqualTo(400);
        softly.assertThat(body(response)).as(value).isEqualTo(NulCharacterFilter.MESSAGE);
        return true;
    }

    /** From an address of its own, so the failed logins here do not throttle other tests' logins. */
    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(sent -> {
            sent.setRemoteAddr(CLIENT);
            return sent;
        })).andReturn().getResponse();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
