package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** «Забыли пароль?»: a single-use link by mail, sent through processes/password-reset.bpmn. */
@CabinetTest
class PasswordResetWebTest {

    private static final String NEW_PASSWORD = "Novyi-parol-2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;

    @Test
    void mailsASingleUseLinkThatSetsANewPassword() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email.toUpperCase()))
                .andExpect(content().string(containsString("мы отправили на него ссылку для смены пароля")));
        jobs.runDue(account.getId().toString());
        assertThat(mails.last(email).subject()).isEqualTo(MailTemplate.PASSWORD_RESET.subject());
        String token = mails.lastToken(email);

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(containsString("Новый пароль")));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                        .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "Пароль изменён, вход на всех устройствах завершён. Войдите с новым паролем."));

        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(containsString("Ссылка для смены пароля устарела или уже использована.")));
    }

    @Test
    void answersTheSameForAnUnknownEmailAndSendsNothing() throws Exception {
        String unknown = Members.newEmail();
        mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Если этот email зарегистрирован в системе")));
        assertThat(mails.to(unknown)).isEmpty();
    }

    @Test
    void asksAgainOnlyAfterTheCooldown() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));

        mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
                .andExpect(content().string(containsString("Повторная отправка будет доступна через")));
    }

    @Test
    void checksTheNewPasswordAtItsField() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        jobs.runDue(account.getId().toString());
        String token = mails.lastToken(email);

        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                        .param("password", "1234567890").param("passwordRepeat", "1234567890"))
                .andExpect(content().string(containsString("Пароль не может состоять только из цифр.")));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token)
                        .param("password", NEW_PASSWORD).param("passwordRepeat", NEW_PASSWORD + "x"))
                .andExpect(content().string(containsString("Пароли не совпадают.")))
                .andExpect(content().string(containsString("value=\"" + NEW_PASSWORD + "\"")));
    }

    @Test
    void refusesAMalformedEmailAtTheField() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "ivanova-at-mail"))
                .andExpect(content().string(containsString("Введите адрес электронной почты, например ivanova@mail.ru.")))
                .andExpect(content().string(containsString("value=\"ivanova-at-mail\"")));
    }
}
