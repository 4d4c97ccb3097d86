package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unioncabinet.support.PortalCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** Every successful sign-in is recorded, with the client's address and a shortened browser; 90 days are kept. */
@CabinetTest
class SignInsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignIns signIns;
    @Autowired
    SignInCleanup cleanup;

    @Test
    void aPasswordSignInIsRecordedWithTheClientAddressAndTheBrowserCutShort() throws Exception {
        Journey journey = journeys.atTheQuestion();
        String browser = "Mozilla/5.0 (Linux; Android 14) " + "Ж".repeat(400) + "\u202E";

        mvc.perform(post("/login").with(csrf()).header("User-Agent", browser)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        })
                        .param("email", journey.email()).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));

        List<SignIns.SignIn> recorded = signIns.recent(journey.account().getId());
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).method()).isEqualTo(SignInMethod.PASSWORD);
        assertThat(recorded.get(0).clientAddress()).isEqualTo("203.0.113.7");
        assertThat(recorded.get(0).userAgent()).hasSize(SignIns.USER_AGENT_LENGTH).startsWith("Mozilla/5.0 (Linux")
                .doesNotContain("\u202E");
    }

    @Test
    void aWrongPasswordIsNoSignIn() throws Exception {
        Journey journey = journeys.atTheQuestion();

        // from an address of its own: wrong passwords count towards their address's throttle too
        mvc.perform(post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255));
            return request;
        }).param("email", journey.email()).param("password", "Не тот пароль 1"))
                .andExpect(redirectedUrl("/login"));

        assertThat(signIns.recent(journey.account().getId())).isEmpty();
    }

    @Test
    void theConfirmationLinkThatSignsInIsRecorded() throws Exception {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());

        mvc.perform(get(mails.lastLinkPath(email)).session(members.browserThatRegistered(account)))
                .andExpect(redirectedUrl("/cabinet"));

        assertThat(signIns.recent(account.getId())).extracting(SignIns.SignIn::method)
                .containsExactly(SignInMethod.CONFIRMATION_LINK);
    }

    @Test
    void theDailyCleanUpDeletesWhatIsOlderThanNinetyDaysAndTheListNeverShowsIt() {
        UUID accountId = journeys.atTheQuestion().account().getId();
        insert(accountId, "91 days");
        insert(accountId, "89 days");
        insert(accountId, "1 hour");
        assertThat(signIns.recent(accountId)).as("the list ends at 90 days, cleaned up or not").hasSize(2);

        cleanup.run();

        assertThat(jdbc.sql("SELECT count(*) FROM app.member_sign_in WHERE account_id = :id "
                + "AND signed_in_at < now() - interval '90 days'").param("id", accountId).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM app.member_sign_in WHERE account_id = :id")
                .param("id", accountId).query(Integer.class).single()).isEqualTo(2);
    }

    private void insert(UUID accountId, String ago) {
        jdbc.sql("""
                INSERT INTO app.member_sign_in (account_id, signed_in_at, method, client_address, user_agent)
                VALUES (:id, now() - CAST(:ago AS interval), 'PASSWORD', '198.51.100.1', 'test')
                """).params(Map.of("id", accountId, "ago", ago)).update();
    }
}
