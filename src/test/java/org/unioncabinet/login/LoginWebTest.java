package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** «Войти», «Выйти» and the throttle on password guessing. */
@CabinetTest
class LoginWebTest {

    /** Each test guesses from its own client address, so address counts do not leak between tests. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);
    /** A second octet of this run's own, so a rerun on the same database does not meet the last run's failures. */
    private static final int RUN = ThreadLocalRandom.current().nextInt(1, 255);

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Mails mails;

    @Test
    void logsInWithTheEmailInAnyCaseAndLogsOut() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(login(" " + email.toUpperCase(), Members.PASSWORD, newAddress()).session(session))
                .andExpect(redirectedUrl("/cabinet"));
        mvc.perform(get("/cabinet").session(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/?logout"));
        mvc.perform(get("/cabinet").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessageAndKeepTheEmail() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        String address = newAddress();

        assertThat(loginPageAfter(login(email, "not-the-password", address)))
                .contains("Неверный email или пароль.")
                .contains("value=\"" + email + "\"");
        assertThat(loginPageAfter(login(Members.newEmail(), "whatever-1", address)))
                .contains("Неверный email или пароль.");
    }

    @Test
    void afterFiveWrongPasswordsTheGuesserWaitsWhileTheOwnerFromHerOwnAddressSignsIn() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        String guesser = newAddress();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(loginPageAfter(login(email, "wrong-" + attempt, guesser))).contains("Неверный email или пароль.");
        }
        // The sixth failure starts the first wait; from then on nothing is checked from there until it passes.
        mvc.perform(login(email, "wrong-6", guesser));
        assertThat(loginPageAfter(login(email, Members.PASSWORD, guesser)))
                .contains("Слишком много неудачных попыток входа. Повторите попытку через 1 мин.");

        mvc.perform(login(email, Members.PASSWORD, newAddress())).andExpect(redirectedUrl("/cabinet"));
    }

    @Test
    void guessingFromManyAddressesLocksNobodyOutAndTellsTheOwnerOnce() throws Exception {
        String email = Members.newEmail();
        members.register(email);
        int before = mails.to(email).size();

        for (int attempt = 1; attempt <= 25; attempt++) {
            mvc.perform(login(email, "guess-" + attempt, newAddress()));
        }

        assertThat(mails.to(email)).hasSize(before + 1);
        assertThat(mails.last(email).subject()).isEqualTo("Неудачные попытки входа с Вашей учётной записью");
        assertThat(mails.last(email).text()).contains("Недавно было 20 неудачных попыток войти в личный кабинет");
        mvc.perform(login(email, Members.PASSWORD, newAddress())).andExpect(redirectedUrl("/cabinet"));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDownToo() throws Exception {
        String address = newAddress();
        for (int attempt = 1; attempt <= 31; attempt++) {
            mvc.perform(login(Members.newEmail(), "guess-" + attempt, address));
        }
        String email = Members.newEmail();
        members.register(email);

        assertThat(loginPageAfter(login(email, Members.PASSWORD, address))).contains("Слишком много неудачных попыток входа");
        mvc.perform(login(email, Members.PASSWORD, newAddress())).andExpect(redirectedUrl("/cabinet"));
    }

    @Test
    void delaysDoubleUpToTheCap(@Autowired LoginThrottle throttle) {
        assertThat(throttle.delayAfter(1)).hasSeconds(30);
        assertThat(throttle.delayAfter(2)).hasSeconds(60);
        assertThat(throttle.delayAfter(3)).hasSeconds(120);
        assertThat(throttle.delayAfter(10)).hasMinutes(15);
        assertThat(throttle.delayAfter(500)).hasMinutes(15);
    }

    /** Performs the login and returns the page the member is sent back to. */
    private String loginPageAfter(MockHttpServletRequestBuilder attempt) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(attempt.session(session)).andExpect(redirectedUrl("/login"));
        return mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
    }

    private static String newAddress() {
        return "10." + RUN + "." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").with(csrf()).param("email", email).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
