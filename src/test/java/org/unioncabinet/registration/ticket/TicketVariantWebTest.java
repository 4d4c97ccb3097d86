package org.unioncabinet.registration.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Variant 1 over HTTP: the business rules at the fields, the buttons beside a form, the cabinet after it. */
@CabinetTest
class TicketVariantWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    ObjectMapper json;

    Journey journey;
    RegistryFixtures.Entry member;
    MockHttpSession session;

    @BeforeEach
    void memberAtTheTicketForm() throws Exception {
        member = registry.add("Ким", "Алина", null, LocalDate.of(1993, 7, 21));
        journey = journeys.atTicketData();
        session = login(journey);
    }

    @Test
    void anImplausibleDateOfBirthAndAShortTicketAreToldAtTheirFields() throws Exception {
        mvc.perform(submit(Map.of("lastName", "Ким", "firstName", "Алина",
                        "birthDate", LocalDate.now().plusDays(1).toString(), "ticketNumber", "1234 5678 1234 567")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.ticketNumber").value("Номер билета состоит из 16 цифр."));
        mvc.perform(submit(Map.of("lastName", "Ким", "firstName", "Алина",
                        "birthDate", LocalDate.now().plusDays(1).toString(), "ticketNumber", member.ticketNumber())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.birthDate").value("Укажите настоящую дату рождения."));
        // as typed in the form: a day that does not exist is refused, never rolled over into the next month
        mvc.perform(submit(Map.of("lastName", "Ким", "firstName", "Алина",
                        "birthDate", "31.02.1985", "ticketNumber", member.ticketNumber())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.birthDate").value("Такой даты нет. Проверьте число и месяц."));
        mvc.perform(submit(Map.of("lastName", "Kim", "firstName", "Алина",
                        "birthDate", member.birthDate().toString(), "ticketNumber", member.ticketNumber())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.lastName").value("Используйте русские буквы; допустимы пробел, дефис и апостроф."));
    }

    @Test
    void aMismatchShowsTheSameFormWithItsMessageFlagAndTheTypedValues() throws Exception {
        mvc.perform(submit(Map.of("lastName", "Ким", "firstName", "Алина",
                "birthDate", member.birthDate().minusYears(1).toString(), "ticketNumber", member.ticketNumber())))
                .andExpect(status().isOk());

        String page = mvc.perform(get("/cabinet").session(session)).andReturn().getResponse().getContentAsString();
        String data = page.substring(page.indexOf("id=\"step-data\">") + "id=\"step-data\">".length());
        @SuppressWarnings("unchecked")
        Map<String, Object> values = json.readValue(data.substring(0, data.indexOf("</script>")), Map.class);
        assertThat(values).containsEntry("membershipCheck", "MISMATCH")
                .containsEntry("lastName", "Ким")
                .containsEntry("ticketNumber", member.ticketNumber());
        assertThat(page).contains("\"id\": \"ticketData\"");
    }

    @Test
    void theResendButtonSendsANewCodeOnceAMinuteAndOnlyForItsOwner() throws Exception {
        goToTheCodeStep();
        String taskId = journeys.task(journey).getId();
        String action = "/cabinet/steps/" + taskId + "/actions/" + DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED;
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(containsString("Отправить код повторно")))
                .andExpect(content().string(containsString("action=\"" + action + "\"")));

        MockHttpSession stranger = login(journeys.atTheQuestion());
        mvc.perform(post(action).with(csrf()).session(stranger)).andExpect(status().isNotFound());
        mvc.perform(post("/cabinet/steps/" + taskId + "/actions/AccountConfirmed").with(csrf()).session(session))
                .andExpect(status().isNotFound());

        mvc.perform(post(action).with(csrf()).session(session))
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("actionNotice", containsString("Проверьте почту")));
        jobs.runDue(journey.businessKey());
        assertThat(mails.to(journey.email())).as("confirmation link, first code, new code").hasSize(3);

        String newTask = journeys.task(journey).getId();
        mvc.perform(post("/cabinet/steps/" + newTask + "/actions/" + DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED)
                        .with(csrf()).session(session))
                .andExpect(flash().attribute("actionNotice", containsString("Повторить можно через")));
    }

    @Test
    void aMemberWhoLogsInLaterLandsInTheCabinet() throws Exception {
        goToTheCodeStep();
        mvc.perform(submitTo(journeys.task(journey).getId(), Map.of("confirmationCode", mails.lastCode(journey.email()))))
                .andExpect(status().isOk());
        jobs.runDue(journey.businessKey());
        mvc.perform(submitTo(journeys.task(journey).getId(), Map.of())).andExpect(status().isOk());

        MockHttpSession later = login(journey);
        mvc.perform(get("/cabinet").session(later))
                .andExpect(content().string(containsString("Ким Алина")))
                .andExpect(content().string(containsString("Состоит на учёте")))
                .andExpect(content().string(containsString("Мои документы")))
                .andExpect(content().string(containsString("Согласие на обработку персональных данных")))
                // «Мои согласия» offers the personal-data policy
                .andExpect(content().string(containsString(
                        "<a href=\"/documents/privacy-policy\">Политике обработки персональных данных</a>")))
                // the PDF opens in a new tab and the link says so, so the cabinet stays where it was
                .andExpect(content().string(matchesPattern("(?s).*<a href=\"/cabinet/documents/[0-9a-f-]{36}\" "
                        + "target=\"_blank\" rel=\"noopener\"><span>Согласие на обработку персональных данных</span>"
                        + "<span class=\"new-tab-hint\"> \\(откроется в новой вкладке\\)</span></a>.*")));
    }

    private void goToTheCodeStep() throws Exception {
        mvc.perform(submit(Map.of("lastName", "Ким", "firstName", "Алина",
                "birthDate", member.birthDate().toString(), "ticketNumber", member.ticketNumber())))
                .andExpect(status().isOk());
        mvc.perform(submitTo(journeys.task(journey).getId(), Map.of("personalDataConsent", true)))
                .andExpect(status().isOk());
        mvc.perform(submitTo(journeys.task(journey).getId(), Map.of())).andExpect(status().isOk());
        jobs.runDue(journey.businessKey());
        assertThat(journeys.task(journey).getTaskDefinitionKey()).isEqualTo(DocumentSigningProcess.Elements.ENTER_CODE);
    }

    private MockHttpSession login(Journey someone) throws Exception {
        MockHttpSession newSession = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(newSession)
                        .param("email", someone.email()).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));
        return newSession;
    }

    private MockHttpServletRequestBuilder submit(Map<String, Object> data) throws Exception {
        return submitTo(journeys.task(journey).getId(), data);
    }

    private MockHttpServletRequestBuilder submitTo(String taskId, Map<String, Object> data) throws Exception {
        return post("/cabinet/steps/" + taskId).with(csrf()).session(session)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("data", data)));
    }
}
