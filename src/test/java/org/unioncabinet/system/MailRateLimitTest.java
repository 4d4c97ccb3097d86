package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/**
 * Nobody can make the cabinet flood a mailbox: every mail sent on request (registration, a new link, a new code,
 * a password reset) is limited per recipient and per client address, with a Russian message when refused.
 * The limits are lowered here (2 per recipient, 3 per client) and restored afterwards.
 */
@CabinetTest
class MailRateLimitTest {

    static final String LIMITED = "Слишком много писем за короткое время. Повторить можно через";
    static final String CODES_LIMITED = "Слишком много писем с кодом подтверждения. Подписать документы можно будет";

    @Autowired
    MockMvc mvc;
    @Autowired
    MailLimits limits;
    @Autowired
    Members members;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    JdbcClient jdbc;

    int perAddress;
    int perClient;

    @BeforeEach
    void lowLimits() {
        perAddress = limits.getPerAddress();
        perClient = limits.getPerClient();
        limits.setPerAddress(2);
        limits.setPerClient(3);
    }

    @AfterEach
    void restoreLimits() {
        limits.setPerAddress(perAddress);
        limits.setPerClient(perClient);
    }

    @Test
    void passwordResetLinksArePerAddressAndPerClient() throws Exception {
        Account account = members.register(Members.newEmail());
        for (int request = 1; request <= 3; request++) {
            endOneMinuteCooldowns();
            String page = page(post("/password/forgot").with(csrf()).param("email", account.getEmail()), newClient());
            assertThat(page).as("request %d from a new client each time", request)
                    .contains(request <= 2 ? "мы отправили на него ссылку" : LIMITED);
        }
        jobs.runDue(account.getId().toString());
        assertThat(mails.to(account.getEmail()).stream()
                .filter(mail -> mail.subject().equals(MailTemplate.PASSWORD_RESET.subject()))).hasSize(2);

        String client = newClient();
        for (int request = 1; request <= 4; request++) {
            String page = page(post("/password/forgot").with(csrf()).param("email", Members.newEmail()), client);
            assertThat(page).as("e-mail %d from one client", request).contains(request <= 3 ? "мы отправили на него ссылку" : LIMITED);
        }
    }

    @Test
    void registrationsArePerClient() throws Exception {
        String client = newClient();
        for (int registration = 1; registration <= 4; registration++) {
            String email = Members.newEmail();
            MvcResult result = mvc.perform(from(client, post("/register").with(csrf()).param("email", email)
                    .param("password", Members.PASSWORD).param("passwordRepeat", Members.PASSWORD)
                    .param("signatureAgreementAccepted", "true"))).andReturn();

            if (registration <= 3) {
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cabinet");
            } else {
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(LIMITED);
                assertThat(accounts.findByEmail(email)).as("no account, no mail").isEmpty();
            }
        }
    }

    @Test
    void newConfirmationLinksArePerAccountAndPerClient() throws Exception {
        Account account = members.register(Members.newEmail());
        jobs.runDue(account.getId().toString());
        for (int request = 1; request <= 3; request++) {
            endOneMinuteCooldowns();
            MvcResult result = mvc.perform(from(newClient(), post("/cabinet/confirmation-link").with(csrf())
                    .with(user(MemberPrincipal.of(account))))).andReturn();
            assertThat((String) result.getFlashMap().get("resend")).as("request %d", request)
                    .contains(request <= 2 ? "Мы отправили новую ссылку" : LIMITED);
        }
        jobs.runDue(account.getId().toString());
        assertThat(mails.to(account.getEmail())).as("the first link and two more").hasSize(3);

        String client = newClient();
        endOneMinuteCooldowns();
        for (int member = 1; member <= 4; member++) {
            Account other = members.register(Members.newEmail());
            jobs.runDue(other.getId().toString());
            endOneMinuteCooldowns();
            MvcResult result = mvc.perform(from(client, post("/cabinet/confirmation-link").with(csrf())
                    .with(user(MemberPrincipal.of(other))))).andReturn();
            assertThat((String) result.getFlashMap().get("resend")).as("member %d from one client", member)
                    .contains(member <= 3 ? "Мы отправили новую ссылку" : LIMITED);
        }
    }

    @Test
    void everySigningCodeCountsAgainstTheMembersLimitTheFirstOneToo() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey = journeys.atJoinApplication();
        journeys.complete(journey, Journeys.joinApplication(school));
        // «Подписать документы»: the first code, counted like every other
        journeys.complete(journey, java.util.Map.of());
        jobs.runDue(journey.businessKey());
        for (int request = 1; request <= 2; request++) {
            endOneMinuteCooldowns();
            // A new code comes with a new task (the signing sub-process loops back to it).
            String action = "/cabinet/steps/" + journeys.task(journey).getId() + "/actions/SigningCodeRequested";
            MvcResult result = mvc.perform(from(newClient(), post(action).with(csrf())
                    .with(user(MemberPrincipal.of(journey.account()))))).andReturn();
            assertThat((String) result.getFlashMap().get("actionNotice")).as("request %d", request)
                    .contains(request <= 1 ? "Готово" : CODES_LIMITED);
            jobs.runDue(journey.businessKey());
        }
        assertThat(mails.to(journey.email()).stream()
                .filter(mail -> mail.subject().equals(MailTemplate.SIGNING_CODE.subject())))
                .as("the first code and one more").hasSize(2);
    }

    private String page(MockHttpServletRequestBuilder request, String client) throws Exception {
        return mvc.perform(from(client, request)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
        return request.with(sent -> {
            sent.setRemoteAddr(client);
            return sent;
        });
    }

    /** A client address no other test uses, so each test spends a budget of its own. */
    private static String newClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** The once-a-minute cooldowns pass; the hourly mail limits stay. */
    private void endOneMinuteCooldowns() {
        jdbc.sql("UPDATE app.action_cooldown SET next_allowed_at = now() - interval '1 second' "
                + "WHERE cooldown_key NOT LIKE 'mail-%'").update();
    }
}
