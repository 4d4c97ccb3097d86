package org.unioncabinet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unioncabinet.account.Account;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/** The process-driven portal over HTTP: rendering a step, submitting it, and who may do either. */
@CabinetTest
class StepWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    TaskService tasks;

    Account account;
    MockHttpSession session;
    String taskId;

    @BeforeEach
    void memberAtTheQuestion() throws Exception {
        String email = Members.newEmail();
        account = members.register(email);
        jobs.runDue(account.getId().toString());
        session = members.browserThatRegistered(account);
        mvc.perform(get(mails.lastLinkPath(email)).session(session)).andExpect(redirectedUrl("/cabinet"));
        taskId = tasks.createTaskQuery().processInstanceBusinessKey(account.getId().toString()).singleResult().getId();
    }

    @Test
    void rendersTheWaitingTaskFromItsCamundaForm() throws Exception {
        mvc.perform(get("/cabinet").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-submit-url=\"/cabinet/steps/" + taskId + "\"")))
                .andExpect(content().string(containsString("\"id\": \"hasTicketQuestion\"")))
                .andExpect(content().string(containsString("/assets/portal.js")));
    }

    @Test
    void completesTheStepWithAValidAnswer() throws Exception {
        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"no\"}}").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.redirect").value("/cabinet"));

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        mvc.perform(get("/cabinet").session(session))
                .andExpect(content().string(containsString("<title>Заявление о вступлении в Профсоюз")));
    }

    @Test
    void answersBadValuesAtTheFieldInRussianAndKeepsTheTask() throws Exception {
        mvc.perform(submit(taskId, "{\"data\":{}}").session(session))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.hasTicket").value("Заполните это поле."));
        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"<script>alert(1)</script>\"}}").session(session))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.hasTicket").value("Выберите один из предложенных вариантов."));
        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":[\"yes\"]}}").session(session))
                .andExpect(status().isUnprocessableEntity());

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void refusesFieldsTheFormDoesNotHaveAndMalformedBodiesWithA400() throws Exception {
        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"yes\",\"" + RegistrationProcess.Variables.HAS_TICKET.getName()
                        + "Override\":true}}").session(session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Обновите страницу")));
        mvc.perform(submit(taskId, "{\"data\":").session(session)).andExpect(status().isBadRequest());
        mvc.perform(submit(taskId, "{\"data\":{},\"extra\":1}").session(session)).andExpect(status().isBadRequest());

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void refusesAnOversizedBodyBeforeReadingIt() throws Exception {
        String huge = "{\"data\":{\"hasTicket\":\"" + "x".repeat(70_000) + "\"}}";
        mvc.perform(submit(taskId, huge).session(session))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.message").value(containsString("Слишком большой объём данных")));

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void aSecondSubmitOfTheSameStepIsToldItIsDone() throws Exception {
        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"yes\"}}").session(session)).andExpect(status().isOk());

        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"no\"}}").session(session))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("Этот шаг уже выполнен")));
    }

    @Test
    void anotherMembersTaskIsNotFoundAndStaysUntouched() throws Exception {
        Account other = members.register(Members.newEmail());
        MockHttpSession otherSession = new MockHttpSession();
        mvc.perform(post("/login").with(csrf()).session(otherSession)
                .param("email", other.getEmail()).param("password", Members.PASSWORD));

        mvc.perform(submit(taskId, "{\"data\":{\"hasTicket\":\"yes\"}}").session(otherSession))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(account.getEmail()))));
        mvc.perform(get("/cabinet").session(otherSession))
                .andExpect(content().string(not(containsString(taskId))));

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void anonymousCallersAndCallersWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/cabinet/steps/" + taskId).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"hasTicket\":\"yes\"}}"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/cabinet/steps/" + taskId).session(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"data\":{\"hasTicket\":\"yes\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cabinet")).andExpect(redirectedUrl("/login"));

        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void embeddedJsonCannotCloseItsScriptElement() {
        assertThat(CabinetController.inert("{\"name\":\"</script><script>alert(1)</script>&\"}"))
                .doesNotContain("<", ">", "&")
                .contains("\\u003c/script\\u003e");
    }

    private static MockHttpServletRequestBuilder submit(String taskId, String body) {
        return post("/cabinet/steps/" + taskId).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body);
    }
}
