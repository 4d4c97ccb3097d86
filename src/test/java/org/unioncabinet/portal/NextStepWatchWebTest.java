package org.unioncabinet.portal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.PortalCsrf;
import org.unioncabinet.support.RegistryFixtures;

/** «Обрабатываем Ваши данные» asks the server once, and the server answers when the next step is ready. */
@CabinetTest
class NextStepWatchWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    MemberSteps steps;
    @Autowired
    Consents consents;

    @Test
    void answersAtOnceWhenTheMemberHasAStep() throws Exception {
        Journey journey = journeys.atTheQuestion();
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        MvcResult waiting = mvc.perform(get("/cabinet/next-step").session(session)).andExpect(request().asyncStarted())
                .andReturn();

        mvc.perform(asyncDispatch(waiting)).andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true));
    }

    @Test
    void holdsTheAnswerWhileAJobRunsAndGivesItOnceTheNextStepIsReady() throws Exception {
        Journey journey = signedAndWaitingForTheRegistryLink("Лебедева");
        MockHttpSession session = MemberLogin.session(mvc, journey.email());
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(Matchers.containsString("Обрабатываем Ваши данные")));

        MvcResult waiting = mvc.perform(get("/cabinet/next-step").session(session)).andExpect(request().asyncStarted())
                .andReturn();
        Thread.sleep(3 * NextStepWatch.CHECK_EVERY.toMillis());
        assertThatThrownBy(() -> waiting.getAsyncResult(0)).as("no answer while linking to the registry waits")
                .isInstanceOf(IllegalStateException.class);

        jobs.runDue(journey.businessKey());

        mvc.perform(asyncDispatch(waiting)).andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true));
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Обрабатываем Ваши данные"))));
    }

    @Test
    void aMemberWaitsInAFewTabsAtMostAndMayWaitAgainOnceTheyAreAnswered() throws Exception {
        Journey journey = signedAndWaitingForTheRegistryLink("Орлова");
        MockHttpSession session = MemberLogin.session(mvc, journey.email());
        List<MvcResult> tabs = new ArrayList<>();
        for (int tab = 0; tab < NextStepWatch.WAITS_PER_MEMBER; tab++) {
            tabs.add(mvc.perform(get("/cabinet/next-step").session(session)).andExpect(request().asyncStarted())
                    .andReturn());
        }

        MvcResult oneTooMany = mvc.perform(get("/cabinet/next-step").session(session)).andReturn();
        mvc.perform(asyncDispatch(oneTooMany)).andExpect(status().isTooManyRequests());

        jobs.runDue(journey.businessKey());
        for (MvcResult tab : tabs) {
            mvc.perform(asyncDispatch(tab)).andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true));
        }
        MvcResult again = mvc.perform(get("/cabinet/next-step").session(session)).andReturn();
        mvc.perform(asyncDispatch(again)).andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true));
    }

    @Test
    void aWithdrawalBeingSignedAndRecordedIsTheWaitThenItsOwnPage() throws Exception {
        Journey journey = journeys.atMember(registry.add("Соколова", "Алла", null, LocalDate.of(1986, 4, 5)));
        journeys.complete(journey, Map.of());
        UUID accountId = journey.account().getId();
        MockHttpSession session = MemberLogin.session(mvc, journey.email());
        UUID consent = consents.ofAccount(accountId).stream().filter(view -> view.kind() == ConsentKind.PERSONAL_DATA)
                .findFirst().orElseThrow().id();
        mvc.perform(post("/cabinet/consents/" + consent + "/withdrawal-statement").with(PortalCsrf.csrf())
                .session(session)).andExpect(redirectedUrl("/cabinet"));
        steps.submit(accountId, steps.current(accountId).orElseThrow().taskId(), Map.of("withdrawalConfirmed", true),
                Journeys.SUBMITTER);

        // the code is being mailed
        assertWaitsUntilTheJobsRan(journey, session);
        steps.submit(accountId, steps.current(accountId).orElseThrow().taskId(),
                Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())),
                Journeys.SUBMITTER);
        // signed: the consent is being withdrawn and the processing stopped
        assertWaitsUntilTheJobsRan(journey, session);

        mvc.perform(get("/cabinet").session(session)).andExpect(content().string(
                Matchers.containsString("Согласие на обработку персональных данных отозвано")));
    }

    /** «Обрабатываем Ваши данные», its long poll held while a job is due, answered once it ran. */
    private void assertWaitsUntilTheJobsRan(Journey journey, MockHttpSession session) throws Exception {
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(Matchers.containsString("Обрабатываем Ваши данные")));
        MvcResult waiting = mvc.perform(get("/cabinet/next-step").session(session)).andExpect(request().asyncStarted())
                .andReturn();
        Thread.sleep(3 * NextStepWatch.CHECK_EVERY.toMillis());
        assertThatThrownBy(() -> waiting.getAsyncResult(0)).as("no answer while the job waits")
                .isInstanceOf(IllegalStateException.class);

        jobs.runDue(journey.businessKey());

        mvc.perform(asyncDispatch(waiting)).andExpect(status().isOk()).andExpect(jsonPath("$.ready").value(true));
    }

    /** Variant 1 signed with the mailed code: the link to the registry record is a job still to run. */
    private Journey signedAndWaitingForTheRegistryLink(String lastName) {
        Journey journey = journeys.atConsentDocuments(registry.add(lastName, "Ирина", null, LocalDate.of(1988, 7, 9)));
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        return journey;
    }
}
