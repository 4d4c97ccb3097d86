package org.unioncabinet.registration.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.account.AccountStatus;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.EmailAlreadyRegisteredException;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** Instruction steps 1–7 over HTTP: «Создать», the account form, the mailed link. */
@CabinetTest
class RegistrationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;

    @Test
    void landingPageOffersLoginAndCreate() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Личный кабинет члена Профсоюза"),
                        containsString(">Войти<"),
                        containsString(">Создать<"))));
    }

    @Test
    void createsAnUnconfirmedAccountThatRecordsTheAgreementVersionAndSignsIn() throws Exception {
        String email = Members.newEmail();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(register("  " + email.toUpperCase() + " ", Members.PASSWORD, Members.PASSWORD, true).session(session))
                .andExpect(redirectedUrl("/cabinet"));

        Account account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.UNCONFIRMED);
        assertThat(account.getSignatureAgreementVersion()).isEqualTo(1);
        assertThat(account.getSignatureAgreementAcceptedAt()).isNotNull();
        assertThat(account.getPasswordHash()).startsWith("{argon2}").doesNotContain(Members.PASSWORD);

        mvc.perform(get("/cabinet").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Для завершения регистрации перейдите по ссылке, отправленной на Ваш email")));
    }

    @Test
    void refusesAnEmailAlreadyRegisteredWhateverItsCaseAndOffersLogin() throws Exception {
        String email = Members.newEmail();
        members.register(email);

        String page = mvc.perform(register(" " + email.toUpperCase(), "Другой-пароль-1", "Другой-пароль-1", true))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Данный email уже зарегистрирован в системе")
                .contains("href=\"/login\"")
                .contains("value=\"" + email.toUpperCase() + "\"");
        assertThat(accounts.findAll().stream().filter(a -> a.getEmail().equals(email))).hasSize(1);
    }

    @Test
    void givesEachBadFieldItsOwnRussianMessageAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(register("not-an-email", "12345678", "12345678", false))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("Введите адрес электронной почты, например ivanova@mail.ru.")
                .contains("Пароль не может состоять только из цифр.")
                .contains("Чтобы создать личный кабинет, дайте согласие на использование аналога собственноручной подписи.")
                .contains("value=\"not-an-email\"");
    }

    @Test
    void welcomesAnInternationalisedDomainAndMailsItsLinkToTheAsciiForm() throws Exception {
        String mailbox = "teacher" + System.nanoTime();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(register(mailbox + "@Школа.РФ", Members.PASSWORD, Members.PASSWORD, true).session(session))
                .andExpect(redirectedUrl("/cabinet"));

        Account account = accounts.findByEmail(mailbox + "@школа.рф").orElseThrow();
        assertThat(accounts.findByEmail(new EmailAddress(mailbox + "@xn--80atdl2c.xn--p1ai").value()).map(Account::getId))
                .as("the ASCII form is the same account").contains(account.getId());
        jobs.runDue(account.getId().toString());
        mvc.perform(get(mails.lastLinkPath(mailbox + "@xn--80atdl2c.xn--p1ai")).session(session))
                .andExpect(redirectedUrl("/cabinet"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "учитель@школа.рф | Имя почтового ящика (до «@») может содержать только латинские буквы",
        "ivanova\u202E@mail.ru | Адрес содержит невидимые или управляющие символы",
        "iva\u200Bnova@mail.ru | Адрес содержит невидимые или управляющие символы",
        "ｉｖａｎｏｖａ@mail.ru | Адрес содержит символы необычного начертания",
        "ivanova@ｍａｉｌ.ru | Адрес содержит символы необычного начертания"})
    void refusesAMailboxOutsideAsciiAndHiddenOrLookAlikeCharacters(String email, String message) throws Exception {
        assertThat(registerPage(email, Members.PASSWORD, Members.PASSWORD)).contains(message);
        assertThat(accounts.findByEmail(EmailAddress.normalize(email))).isEmpty();
    }

    @Test
    void refusesAPasswordOfInvisibleCharactersOnly() throws Exception {
        for (String password : new String[] {"\t\t\t\t\t\t\t\t", "\u200B".repeat(8), "\u0001".repeat(10)}) {
            assertThat(registerPage(Members.newEmail(), password, password))
                    .contains("Пароль не может состоять только из пробелов, невидимых или управляющих символов.");
        }
    }

    @Test
    void enforcesThePasswordPolicy() throws Exception {
        String email = Members.newEmail();
        assertThat(registerPage(email, "short1", "short1")).contains("Пароль должен содержать не менее 8 символов.");
        assertThat(registerPage(email, email, email)).contains("Пароль не должен совпадать с адресом электронной почты.");
        assertThat(registerPage(email, "Uchitel-2026", "Uchitel-2027")).contains("Пароли не совпадают.");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/register").param("email", Members.newEmail()).param("password", Members.PASSWORD)
                        .param("passwordRepeat", Members.PASSWORD).param("signatureAgreementAccepted", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void oneAccountWhenTheSameEmailIsRegisteredTwiceAtOnce() throws Exception {
        String email = Members.newEmail();
        Callable<Boolean> attempt = () -> {
            try {
                members.register(email);
                return true;
            } catch (EmailAlreadyRegisteredException e) {
                return false;
            }
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(attempt);
            Future<Boolean> second = pool.submit(attempt);
            assertThat(first.get() ^ second.get()).as("exactly one registration succeeds").isTrue();
        } finally {
            pool.shutdown();
        }
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void theMailedLinkConfirmsSignsInAndShowsTheQuestion() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        MockHttpSession session = members.browserThatRegistered(account);

        mvc.perform(get(mails.lastLinkPath(email)).session(session)).andExpect(redirectedUrl("/cabinet"));

        mvc.perform(get("/cabinet").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("У Вас есть электронный профсоюзный билет?")));
    }

    @Test
    void aUsedLinkSaysTheEmailIsConfirmedAndAsksToLogIn() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        String link = mails.lastLinkPath(email);
        mvc.perform(get(link).session(members.browserThatRegistered(account))).andExpect(redirectedUrl("/cabinet"));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Email уже подтверждён")));
    }

    @Test
    void anExpiredLinkOffersANewOneWithACooldown() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        String token = mails.lastToken(email);
        members.expireLinks(account);

        mvc.perform(get("/confirm").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Ссылка устарела"),
                        containsString("Отправить ссылку повторно"))));

        mvc.perform(post("/confirm/resend").param("token", token).with(csrf()))
                .andExpect(content().string(containsString("Повторная отправка будет доступна через")));
        members.endCooldowns();
        mvc.perform(post("/confirm/resend").param("token", token).with(csrf()))
                .andExpect(content().string(containsString("Мы отправили новую ссылку")));
        jobs.runDue(account.getId().toString());

        assertThat(mails.to(email)).hasSize(2);
        mvc.perform(get(mails.lastLinkPath(email)).session(members.browserThatRegistered(account)))
                .andExpect(redirectedUrl("/cabinet"));
    }

    @Test
    void anUnknownLinkIsExplained() throws Exception {
        mvc.perform(get("/confirm").param("token", "not-a-token-of-ours"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ссылка недействительна")));
    }

    private String registerPage(String email, String password, String repeat) throws Exception {
        return mvc.perform(register(email, password, repeat, true))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder register(String email, String password, String repeat, boolean agreed) {
        MockHttpServletRequestBuilder request = post("/register").with(csrf())
                .param("email", email).param("password", password).param("passwordRepeat", repeat);
        return agreed ? request.param("signatureAgreementAccepted", "true") : request;
    }
}
