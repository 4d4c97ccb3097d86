package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two requests at the same moment, on real threads: a double click on a step's button, two tabs, a flaky
 * network resending «Создать». One wins; the other gets a Russian answer, never a 5xx; nothing is stored twice.
 */
@CabinetTest
class DoubleSubmitTest {

    @Autowired
    MockMvc mvc;
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
    @Autowired
    ObjectMapper json;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aStepSubmittedTwiceAtOnceCompletesOnceAndTheOtherIsToldItIsDone() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        for (int round = 0; round < 3; round++) {
            Journey journey = journeys.atJoinApplication();
            String taskId = journeys.task(journey).getId();
            String body = json.writeValueAsString(Map.of("data", Journeys.joinApplication(school)));

            List<MockHttpServletResponse> answers = atOnce(() -> post("/cabinet/steps/" + taskId).with(csrf())
                    .with(user(MemberPrincipal.of(journey.account()))).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).content(body));

            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
            MockHttpServletResponse loser = answers.stream().filter(answer -> answer.getStatus() == 409)
                    .findFirst().orElseThrow();
            assertThat(json.readTree(loser.getContentAsString(StandardCharsets.UTF_8)).path("message").asText())
                    .isEqualTo("Этот шаг уже выполнен. Обновите страницу, чтобы перейти к следующему.");
            assertThat(journeys.task(journey).getTaskDefinitionKey())
                    .isEqualTo(RegistrationProcess.Elements.REVIEW_JOIN_DOCUMENTS);
            assertThat(jdbc.sql("SELECT count(*) FROM app.member_document WHERE account_id = :id")
                    .param("id", journey.account().getId()).query(Integer.class).single())
                    .as("the application and the consent, prepared once").isEqualTo(2);
        }
    }

    @Test
    void theSameEmailRegisteredTwiceAtOnceGivesOneAccountAndOneMail() throws Exception {
        for (int round = 0; round < 3; round++) {
            String email = Members.newEmail();

            List<MockHttpServletResponse> answers = atOnce(() -> post("/register").with(csrf()).param("email", email)
                    .param("password", Members.PASSWORD).param("passwordRepeat", Members.PASSWORD)
                    .param("signatureAgreementAccepted", "true"));

            assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
            MockHttpServletResponse loser = answers.stream().filter(answer -> answer.getStatus() == 200)
                    .findFirst().orElseThrow();
            assertThat(loser.getContentAsString(StandardCharsets.UTF_8))
                    .contains("Данный email уже зарегистрирован в системе");
            String accountId = accounts.findByEmail(email).orElseThrow().getId().toString();
            assertThat(jdbc.sql("SELECT count(*) FROM public.act_ru_execution WHERE business_key_ = :key "
                    + "AND parent_id_ IS NULL").param("key", accountId).query(Integer.class).single())
                    .as("one registration journey").isOne();
            jobs.runDue(accountId);
            assertThat(mails.to(email)).extracting(mail -> mail.subject())
                    .containsExactly(MailTemplate.CONFIRMATION_LINK.subject());
        }
    }

    /** Sends the same request from two threads released together; both answers, in no particular order. */
    private List<MockHttpServletResponse> atOnce(java.util.function.Supplier<MockHttpServletRequestBuilder> request)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MockHttpServletRequestBuilder builder = request.get();
            sent.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return mvc.perform(builder).andReturn().getResponse();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : sent) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}
