package org.unioncabinet.registration.joining;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Members;

import com.fasterxml.jackson.databind.ObjectMapper;

/** «Заявление о вступлении» over HTTP: each wrong field gets its Russian message, and nothing moves on. */
@CabinetTest
class JoinApplicationWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Journeys journeys;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcClient jdbc;

    Journey journey;
    MockHttpSession session;
    Map<String, Object> valid;

    @BeforeEach
    void memberAtTheApplication() throws Exception {
        BpmnAwareTests.init(engine);
        journey = journeys.atTheQuestion();
        journeys.complete(journey, Map.of(Variables.HAS_TICKET.getName(), "no"));
        session = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(session)
                        .param("email", journey.email()).param("password", Members.PASSWORD))
                .andExpect(redirectedUrl("/cabinet"));
        long school = organisations.search("сош 15 васильевск", 5).get(0).id();
        valid = new HashMap<>(Map.of(JoinApplicationForm.LAST_NAME.getName(), "Соколова", JoinApplicationForm.FIRST_NAME.getName(), "Мария",
                JoinApplicationForm.GENDER.getName(), "female", JoinApplicationForm.BIRTH_DATE.getName(), "1996-04-12", JoinApplicationForm.PHONE.getName(), "+7 916 123-45-67",
                JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), String.valueOf(school), JoinApplicationForm.EMPLOYMENT_TYPE.getName(), "employee",
                Variables.PERSONAL_DATA_CONSENT.getName(), true));
    }

    @Test
    void eachWrongFieldIsToldAtTheField() throws Exception {
        expectError(with(JoinApplicationForm.PHONE.getName(), "12345"), JoinApplicationForm.PHONE.getName(), JoinApplicationRule.PHONE_MESSAGE);
        expectError(with(JoinApplicationForm.BIRTH_DATE.getName(), LocalDate.now().plusDays(1).toString()), JoinApplicationForm.BIRTH_DATE.getName(),
                "Укажите настоящую дату рождения.");
        expectError(with(JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), "999999999"), JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(),
                JoinApplicationRule.NO_ORGANISATION);
        expectError(with(JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), "школа"), JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(),
                JoinApplicationRule.NO_ORGANISATION);
        expectError(with(JoinApplicationForm.LAST_NAME.getName(), "<script>alert(1)</script>"), JoinApplicationForm.LAST_NAME.getName(),
                "Используйте русские буквы; допустимы пробел, дефис и апостроф.");
        // markdown would become a link in the reviewer's form in Tasklist
        expectError(with(JoinApplicationForm.UNIT.getName(), "[Подробнее](https://example.org)"), JoinApplicationForm.UNIT.getName(),
                "Используйте буквы, цифры, пробелы и знаки . , ; : № « » \" ( ) ' / + -; адреса сайтов не допускаются.");
        expectError(with(JoinApplicationForm.GENDER.getName(), "other"), JoinApplicationForm.GENDER.getName(), null);
        expectError(with(Variables.PERSONAL_DATA_CONSENT.getName(), false), Variables.PERSONAL_DATA_CONSENT.getName(), null);

        assertThat(journey.process()).isWaitingAt(Elements.ENTER_JOIN_APPLICATION);
    }

    @Test
    void aValidApplicationShowsTheDocumentsToSign() throws Exception {
        mvc.perform(submit(with(JoinApplicationForm.UNIT.getName(), "Кафедра № 2 (начальные классы)")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redirect").value("/cabinet"));

        assertThat(journey.process()).isWaitingAt(Elements.REVIEW_JOIN_DOCUMENTS).variables()
                .as("the process holds ids, not what she typed")
                .doesNotContainKeys(JoinApplicationForm.PHONE.getName(), JoinApplicationForm.UNIT.getName());
        Assertions.assertThat(jdbc.sql("SELECT phone, unit, status FROM app.join_application WHERE account_id = :id")
                .param("id", journey.account().getId()).query().singleRow())
                .containsEntry("phone", "+79161234567").containsEntry("unit", "Кафедра № 2 (начальные классы)")
                .containsEntry("status", "DRAFT");
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(containsString("Изменить данные")));
    }

    private Map<String, Object> with(String key, Object value) {
        Map<String, Object> data = new HashMap<>(valid);
        data.put(key, value);
        return data;
    }

    private void expectError(Map<String, Object> data, String field, String message) throws Exception {
        var result = mvc.perform(submit(data)).andExpect(status().isUnprocessableEntity());
        if (message == null) {
            result.andExpect(jsonPath("$.errors." + field).isNotEmpty());
        } else {
            result.andExpect(jsonPath("$.errors." + field).value(message));
        }
    }

    private MockHttpServletRequestBuilder submit(Map<String, Object> data) throws Exception {
        return post("/cabinet/steps/" + journeys.task(journey).getId()).with(csrf()).session(session)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("data", data)));
    }
}
