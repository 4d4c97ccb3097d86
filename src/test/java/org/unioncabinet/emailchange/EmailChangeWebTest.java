package org.unioncabinet.emailchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EnumerationSafety;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

/** «Изменить email» end to end: both addresses' mails, the link's refusals, the limits and the sessions. */
@CabinetTest
class EmailChangeWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    AccountService accounts;
    @Autowired
    EnumerationSafety enumerationSafety;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theLinkToTheNewAddressReplacesTheOldOneWhichIsTold() throws Exception {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(oldEmail);
        MockHttpSession session = MemberLogin.session(mvc, oldEmail);

        mvc.perform(get("/cabinet/email").session(session))
                .andExpect(content().string(containsString("Новый адрес электронной почты")))
                .andExpect(content().string(containsString(oldEmail)));
        request(session, newEmail.toUpperCase(), Members.PASSWORD)
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("notice", containsString("Мы отправили ссылку на адрес " + newEmail)));
        jobs.runDue(account.getId().toString());
        assertThat(mails.last(newEmail).subject()).isEqualTo(MailTemplate.EMAIL_CHANGE_LINK.subject());
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).as("not before the link").isEqualTo(oldEmail);
        String link = mails.lastLinkPath(newEmail);
        assertThat(link).startsWith("/email/confirm?token=");

        mvc.perform(get(link)).andExpect(content().string(containsString("Подтвердить новый адрес")))
                .andExpect(content().string(containsString(newEmail)));
        mvc.perform(post("/email/confirm").with(csrf()).session(session).param("token", mails.lastToken(newEmail)))
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("notice", containsString("Адрес электронной почты изменён на " + newEmail)));

        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);
        jobs.runDue(account.getId().toString());
        var notice = mails.last(oldEmail);
        assertThat(notice.subject()).isEqualTo(MailTemplate.EMAIL_CHANGED.subject());
        assertThat(notice.text()).contains("Адрес Вашего кабинета изменён").contains(EmailChange.mask(newEmail))
                .contains("/password/forgot").contains("Ленинский проспект").doesNotContain(newEmail);
        assertThat(mails.to(newEmail)).as("only the link").hasSize(1);

        mvc.perform(get(link)).andExpect(content().string(containsString("устарела или уже использована")));
        mvc.perform(post("/email/confirm").with(csrf()).param("token", mails.lastToken(newEmail)))
                .andExpect(content().string(containsString("устарела или уже использована")));
        mvc.perform(get("/cabinet/email").session(session)).andExpect(content().string(containsString(newEmail)));
        mvc.perform(post("/login").with(csrf()).param("email", newEmail).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));
        mvc.perform(post("/login").with(csrf()).param("email", oldEmail).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anExpiredLinkIsRefusedWithAPageAndChangesNothing() throws Exception {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(oldEmail);
        request(MemberLogin.session(mvc, oldEmail), newEmail, Members.PASSWORD);
        jobs.runDue(account.getId().toString());
        String token = mails.lastToken(newEmail);

        members.expireLinks(account);

        mvc.perform(get("/email/confirm").param("token", token))
                .andExpect(content().string(containsString("Ссылка для изменения адреса устарела или уже использована")))
                .andExpect(content().string(not(containsString("Подтвердить новый адрес"))));
        mvc.perform(post("/email/confirm").with(csrf()).param("token", token))
                .andExpect(content().string(containsString("Ссылка для изменения адреса устарела или уже использована")));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(oldEmail);
        assertThat(mails.to(oldEmail)).noneMatch(mail -> mail.subject().equals(MailTemplate.EMAIL_CHANGED.subject()));
    }

    @Test
    void onlyTheNewestRequestsLinkWorks() throws Exception {
        String oldEmail = Members.newEmail();
        String first = Members.newEmail();
        String second = Members.newEmail();
        Account account = members.register(oldEmail);
        MockHttpSession session = MemberLogin.session(mvc, oldEmail);
        request(session, first, Members.PASSWORD);
        jobs.runDue(account.getId().toString());
        String firstToken = mails.lastToken(first);
        members.endCooldowns();

        request(session, second, Members.PASSWORD).andExpect(redirectedUrl("/cabinet"));

        mvc.perform(post("/email/confirm").with(csrf()).param("token", firstToken))
                .andExpect(content().string(containsString("устарела или уже использована")));
        jobs.runDue(account.getId().toString());
        mvc.perform(post("/email/confirm").with(csrf()).param("token", mails.lastToken(second)))
                .andExpect(redirectedUrl("/login"));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(second);
    }

    @Test
    void aTakenAddressIsRefusedAtTheFieldOrInEnumerationSafeModeItsOwnerIsWarned() throws Exception {
        String email = Members.newEmail();
        String othersEmail = Members.newEmail();
        Account account = members.register(email);
        Account other = members.register(othersEmail);
        MockHttpSession session = MemberLogin.session(mvc, email);

        request(session, othersEmail, Members.PASSWORD)
                .andExpect(content().string(containsString("Этот адрес уже используется другим личным кабинетом.")))
                .andExpect(content().string(containsString("value=\"" + othersEmail + "\"")));

        enumerationSafety.setEnumerationSafe(true);
        try {
            request(session, othersEmail, Members.PASSWORD)
                    .andExpect(redirectedUrl("/cabinet"))
                    .andExpect(flash().attribute("notice", containsString("Мы отправили ссылку на адрес " + othersEmail)));
        } finally {
            enumerationSafety.setEnumerationSafe(false);
        }
        jobs.runDue(account.getId().toString());
        assertThat(mails.last(othersEmail).subject()).isEqualTo(MailTemplate.EMAIL_CHANGE_ATTEMPT.subject());
        assertThat(mails.to(othersEmail)).noneMatch(mail -> mail.subject().equals(MailTemplate.EMAIL_CHANGE_LINK.subject()));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(email);
        assertThat(accounts.find(other.getId()).orElseThrow().getEmail()).isEqualTo(othersEmail);
    }

    @Test
    void anAddressTakenAfterTheLinkWasMailedIsRefusedWithAPage() throws Exception {
        String email = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(email);
        request(MemberLogin.session(mvc, email), newEmail, Members.PASSWORD);
        jobs.runDue(account.getId().toString());
        members.register(newEmail);

        mvc.perform(post("/email/confirm").with(csrf()).param("token", mails.lastToken(newEmail)))
                .andExpect(content().string(containsString("уже используется другим личным кабинетом, поэтому адрес не изменён")));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(email);
    }

    @Test
    void checksTheAddressAndThePasswordAtTheirFieldsAndWrongPasswordsAreThrottledLikeLogins() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        MockHttpSession session = MemberLogin.session(mvc, email);
        RequestPostProcessor client = from("10.17.0." + (int) (Math.random() * 250 + 1));

        request(session, "ivanova-at-mail", Members.PASSWORD)
                .andExpect(content().string(containsString("Введите адрес электронной почты, например ivanova@mail.ru.")));
        request(session, email.toUpperCase(), Members.PASSWORD)
                .andExpect(content().string(containsString("Это адрес Вашего кабинета сейчас. Укажите новый адрес.")));
        // five wrong passwords are free, as at «Войти»; the sixth starts the wait
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(post("/cabinet/email").with(csrf()).with(client).session(session)
                            .param("newEmail", Members.newEmail()).param("currentPassword", "not-the-password"))
                    .andExpect(content().string(containsString("Неверный пароль.")));
        }
        mvc.perform(post("/cabinet/email").with(csrf()).with(client).session(session)
                        .param("newEmail", Members.newEmail()).param("currentPassword", Members.PASSWORD))
                .andExpect(content().string(containsString("Слишком много неудачных попыток входа")));
        mvc.perform(post("/login").with(csrf()).with(client).param("email", email).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theMailLimitsApplyToTheNewAddress() throws Exception {
        String newEmail = Members.newEmail();
        RequestPostProcessor client = from("10.18.0." + (int) (Math.random() * 250 + 1));
        for (int request = 0; request < 5; request++) {
            String email = Members.newEmail();
            members.register(email);
            mvc.perform(post("/cabinet/email").with(csrf()).with(client).session(MemberLogin.session(mvc, email))
                            .param("newEmail", newEmail).param("currentPassword", Members.PASSWORD))
                    .andExpect(redirectedUrl("/cabinet"));
        }
        String email = Members.newEmail();
        members.register(email);
        MockHttpSession session = MemberLogin.session(mvc, email);

        mvc.perform(post("/cabinet/email").with(csrf()).with(client).session(session)
                        .param("newEmail", newEmail).param("currentPassword", Members.PASSWORD))
                .andExpect(content().string(containsString("Слишком много писем за короткое время.")));
        // the refused request took the member's turn: one request a minute
        mvc.perform(post("/cabinet/email").with(csrf()).with(client).session(session)
                        .param("newEmail", Members.newEmail()).param("currentPassword", Members.PASSWORD))
                .andExpect(content().string(containsString("Письмо со ссылкой только что отправлено.")));
    }

    @Test
    void theBrowserThatFollowsTheLinkStaysSignedInUnderTheNewAddressAndEveryOtherSessionEnds() {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        UUID account = members.register(oldEmail).getId();
        PortalClient laptop = new PortalClient(port);
        PortalClient phone = new PortalClient(port);
        laptop.logIn(oldEmail, Members.PASSWORD);
        phone.logIn(oldEmail, Members.PASSWORD);

        laptop.post("/cabinet/email", Map.of("newEmail", newEmail, "currentPassword", Members.PASSWORD));
        assertThat(laptop.get("/cabinet").body()).contains("Мы отправили ссылку на адрес " + newEmail);
        jobs.runDue(account.toString());
        assertThat(laptop.get(mails.lastLinkPath(newEmail)).body()).contains("Подтвердить новый адрес");
        var confirmed = laptop.post("/email/confirm", Map.of("token", mails.lastToken(newEmail)));

        assertThat(PortalClient.location(confirmed)).endsWith("/cabinet");
        assertThat(laptop.get("/cabinet").body()).contains("Адрес электронной почты изменён на " + newEmail);
        assertThat(laptop.get("/cabinet/email").body()).contains(newEmail);
        assertThat(phone.signedIn()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM app.spring_session WHERE principal_name = :email")
                .param("email", newEmail).query(Long.class).single()).as("the kept session, indexed anew").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM app.spring_session WHERE principal_name = :email")
                .param("email", oldEmail).query(Long.class).single()).isZero();
    }

    @Test
    void aLinkFollowedInAnotherBrowserSignsNobodyInAndEndsEverySession() {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        UUID account = members.register(oldEmail).getId();
        PortalClient laptop = new PortalClient(port);
        laptop.logIn(oldEmail, Members.PASSWORD);
        laptop.post("/cabinet/email", Map.of("newEmail", newEmail, "currentPassword", Members.PASSWORD));
        jobs.runDue(account.toString());

        PortalClient phone = new PortalClient(port);
        var confirmed = phone.post("/email/confirm", Map.of("token", mails.lastToken(newEmail)));

        assertThat(PortalClient.location(confirmed)).endsWith("/login");
        assertThat(phone.get("/login").body()).contains("Войдите с новым адресом и прежним паролем.");
        assertThat(phone.signedIn()).isFalse();
        assertThat(laptop.signedIn()).isFalse();
        assertThat(phone.logIn(newEmail, Members.PASSWORD)).endsWith("/cabinet");
    }

    @Test
    void theOldAddressUndoesAChangeItDidNotMakeOnceEndingEverySessionAndLink() throws Exception {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(oldEmail);
        String undo = changed(account, oldEmail, newEmail);
        assertThat(undo).startsWith("/email/undo?token=");
        assertThat(mails.last(oldEmail).text()).contains("Это были не вы?", "7 дн.");
        // whoever changed it is signed in under the new address and asks for more links
        PortalClient intruder = new PortalClient(port);
        assertThat(intruder.logIn(newEmail, Members.PASSWORD)).endsWith("/cabinet");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", newEmail));
        jobs.runDue(account.getId().toString());
        String resetOfTheIntruder = mails.lastToken(newEmail);
        assertThat(usableLinks(account)).isPositive();

        mvc.perform(get(undo)).andExpect(content().string(containsString("Вернуть прежний адрес")))
                .andExpect(content().string(containsString(oldEmail)));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).as("not on a GET").isEqualTo(newEmail);
        mvc.perform(post("/email/undo").with(csrf()).param("token", tokenOf(undo)))
                .andExpect(content().string(containsString("Прежний адрес")))
                .andExpect(content().string(containsString("возвращён личному кабинету")));

        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(oldEmail);
        assertThat(intruder.signedIn()).as("every session ended").isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM app.spring_session WHERE principal_name IN (:emails)")
                .param("emails", java.util.List.of(oldEmail, newEmail)).query(Long.class).single()).isZero();
        assertThat(usableLinks(account)).as("every link void").isZero();
        mvc.perform(get("/password/reset").param("token", resetOfTheIntruder))
                .andExpect(content().string(containsString("Получить новую ссылку")));
        assertThat(mails.last(newEmail).subject()).isEqualTo(MailTemplate.EMAIL_CHANGE_UNDONE.subject());
        assertThat(mails.last(newEmail).text()).as("the plain text's common ending")
                .containsPattern("(?s)Общероссийский Профсоюз образования\\s+--\\s+Это письмо отправлено автоматически.*"
                        + "https?://[^/\\s]+/documents/privacy-policy\\s*$");
        jobs.runDue(account.getId().toString());
        assertThat(mails.last(oldEmail).subject()).isEqualTo(MailTemplate.PASSWORD_RESET.subject());
        assertThat(usableLinks(account)).as("the reset link to the old address").isOne();
        assertThat(jdbc.sql("SELECT status FROM app.email_change WHERE account_id = :id").param("id", account.getId())
                .query(String.class).single()).isEqualTo("UNDONE");

        mvc.perform(post("/email/undo").with(csrf()).param("token", tokenOf(undo)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Ссылка устарела или уже использована")));
        mvc.perform(get(undo)).andExpect(status().isGone());
    }

    @Test
    void anExpiredUndoLinkIsRefusedWithAPageAndChangesNothing() throws Exception {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(oldEmail);
        String undo = changed(account, oldEmail, newEmail);

        members.expireLinks(account);

        mvc.perform(get(undo)).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ссылка устарела или уже использована")))
                .andExpect(content().string(not(containsString("Вернуть прежний адрес"))));
        mvc.perform(post("/email/undo").with(csrf()).param("token", tokenOf(undo))).andExpect(status().isGone());
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);
    }

    @Test
    void anOldAddressTakenMeanwhileIsRefusedWithAPageAndTheLinkStaysUnused() throws Exception {
        String oldEmail = Members.newEmail();
        String newEmail = Members.newEmail();
        Account account = members.register(oldEmail);
        String undo = changed(account, oldEmail, newEmail);
        members.register(oldEmail);

        mvc.perform(post("/email/undo").with(csrf()).param("token", tokenOf(undo)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("уже используется другим личным кабинетом")))
                .andExpect(content().string(containsString("Ленинский проспект")));
        assertThat(accounts.find(account.getId()).orElseThrow().getEmail()).isEqualTo(newEmail);
        assertThat(jdbc.sql("SELECT status FROM app.email_change WHERE account_id = :id").param("id", account.getId())
                .query(String.class).single()).isEqualTo("CONFIRMED");
    }

    /** The account moved from the old to the new address by its link; the notice's «Это были не вы?» link. */
    private String changed(Account account, String oldEmail, String newEmail) throws Exception {
        request(MemberLogin.session(mvc, oldEmail), newEmail, Members.PASSWORD);
        jobs.runDue(account.getId().toString());
        mvc.perform(post("/email/confirm").with(csrf()).param("token", mails.lastToken(newEmail)))
                .andExpect(redirectedUrl("/login"));
        jobs.runDue(account.getId().toString());
        assertThat(mails.last(oldEmail).subject()).isEqualTo(MailTemplate.EMAIL_CHANGED.subject());
        return mails.lastLinkPath(oldEmail);
    }

    private static String tokenOf(String path) {
        return path.substring(path.indexOf("token=") + "token=".length());
    }

    private long usableLinks(Account account) {
        return jdbc.sql("""
                SELECT count(*) FROM app.one_time_token WHERE account_id = :id AND used_at IS NULL AND expires_at > now()
                """).param("id", account.getId()).query(Long.class).single();
    }

    private ResultActions request(MockHttpSession session, String newEmail, String password) throws Exception {
        return mvc.perform(post("/cabinet/email").with(csrf()).session(session)
                .param("newEmail", newEmail).param("currentPassword", password));
    }

    private static RequestPostProcessor from(String clientAddress) {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }
}
