package org.unioncabinet.registration.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.account.EnumerationSafety;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** «Создать» with {@code cabinet.registration.enumeration-safe}: off as the instruction says, on where it must not tell. */
@CabinetTest
class EnumerationSafeRegistrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnumerationSafety enumerationSafety;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    AccountRepository accounts;

    @Test
    void byDefaultATakenEmailIsToldSo() throws Exception {
        assertThat(enumerationSafety.isEnumerationSafe()).as("off unless ENUMERATION_SAFE=true").isFalse();
        String email = Members.newEmail();
        members.register(email);

        assertThat(register(email, new MockHttpSession()).getContentAsString(StandardCharsets.UTF_8))
                .contains(RegistrationController.ALREADY_REGISTERED);
    }

    @Test
    void inSafeModeANewAndATakenEmailGetTheSameAnswerAndTheOwnerAMail() throws Exception {
        String taken = Members.newEmail();
        Account owner = members.register(taken);
        jobs.runDue(owner.getId().toString());
        String fresh = Members.newEmail();
        enumerationSafety.setEnumerationSafe(true);
        try {
            MockHttpSession freshSession = new MockHttpSession();
            MockHttpSession takenSession = new MockHttpSession();
            MockHttpServletResponse forFresh = register(fresh, freshSession);
            MockHttpServletResponse forTaken = register(taken, takenSession);

            assertThat(forTaken.getStatus()).isEqualTo(forFresh.getStatus()).isEqualTo(200);
            assertThat(forTaken.getRedirectedUrl()).isEqualTo(forFresh.getRedirectedUrl()).isNull();
            assertThat(forTaken.getHeaderNames()).containsExactlyInAnyOrderElementsOf(forFresh.getHeaderNames());
            String freshPage = forFresh.getContentAsString(StandardCharsets.UTF_8);
            assertThat(freshPage).contains("Подтвердите email").contains(fresh)
                    .doesNotContain(RegistrationController.ALREADY_REGISTERED);
            assertThat(withoutCsrfToken(forTaken.getContentAsString(StandardCharsets.UTF_8).replace(taken, fresh)))
                    .isEqualTo(withoutCsrfToken(freshPage));
            // Neither is signed in: that alone would tell a new e-mail from a taken one.
            for (MockHttpSession session : new MockHttpSession[] {freshSession, takenSession}) {
                assertThat(mvc.perform(get("/cabinet").session(session)).andReturn().getResponse().getRedirectedUrl())
                        .endsWith("/login");
            }

            Account created = accounts.findByEmail(fresh).orElseThrow();
            jobs.runDue(created.getId().toString());
            jobs.runDue(owner.getId().toString());
            assertThat(mails.last(fresh).subject()).isEqualTo(MailTemplate.CONFIRMATION_LINK.subject());
            assertThat(mails.to(taken)).extracting(mail -> mail.subject()).containsExactly(
                    MailTemplate.CONFIRMATION_LINK.subject(), MailTemplate.REGISTRATION_ATTEMPT.subject());
            assertThat(mails.last(taken).text())
                    .contains("Кто-то пытался создать личный кабинет члена Профсоюза с Вашим адресом")
                    .contains("http://localhost/login").contains("http://localhost/password/forgot");
            assertThat(accounts.findAll().stream().filter(account -> account.getEmail().equals(taken))).hasSize(1);
            assertThat(accounts.findByEmail(taken).orElseThrow().getPasswordHash()).isEqualTo(owner.getPasswordHash());

            // The new member signs in with the link in the browser she registered in; elsewhere it asks for the
            // password.
            assertThat(mvc.perform(get(mails.lastLinkPath(fresh)).session(freshSession)).andReturn().getResponse()
                    .getRedirectedUrl()).isEqualTo("/cabinet");
        } finally {
            enumerationSafety.setEnumerationSafe(false);
        }
    }

    @Test
    void inSafeModeTheOwnerIsNotFloodedByRepeatedAttempts() throws Exception {
        String taken = Members.newEmail();
        Account owner = members.register(taken);
        enumerationSafety.setEnumerationSafe(true);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                register(taken, new MockHttpSession());
            }
            jobs.runDue(owner.getId().toString());

            assertThat(mails.to(taken).stream()
                    .filter(mail -> mail.subject().equals(MailTemplate.REGISTRATION_ATTEMPT.subject()))).hasSize(1);
        } finally {
            enumerationSafety.setEnumerationSafe(false);
        }
    }

    /** Each session has its own CSRF token; everything else on the page must be the same. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private MockHttpServletResponse register(String email, MockHttpSession session) throws Exception {
        return mvc.perform(post("/register").with(csrf()).session(session).param("email", email)
                        .param("password", "Другой-пароль-1").param("passwordRepeat", "Другой-пароль-1")
                        .param("signatureAgreementAccepted", "true"))
                .andReturn().getResponse();
    }
}
