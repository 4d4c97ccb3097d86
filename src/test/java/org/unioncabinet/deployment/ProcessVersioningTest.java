package org.unioncabinet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.RegistryFixtures;

/**
 * An analyst ships a changed question (diagram and form) from Modeler while members are on their way:
 * new journeys start on the new version, a journey in flight finishes on its own, and the portal shows
 * each member the form of the version their task belongs to ({@code formRefBinding="deployment"}).
 */
@CabinetTest
class ProcessVersioningTest {

    static final String REGISTRATION = "registration.bpmn";
    static final String OLD_QUESTION = "У Вас есть электронный профсоюзный билет?";
    static final String NEW_QUESTION = "Есть ли у Вас электронный профсоюзный билет?";
    static final String NEW_STEP_NAME = "Вопрос об электронном билете";

    @Autowired
    MockMvc mvc;
    @Autowired
    RepositoryService repository;
    @Autowired
    HistoryService history;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;

    @AfterEach
    void backToTheDiagramsOfTheRepository() {
        ModelerUpload.deleteAll(repository);
    }

    @Test
    void newJourneysTakeTheNewVersionWhileAJourneyInFlightFinishesOnItsOwn() throws Exception {
        RegistryFixtures.Entry ticket = registry.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey inFlight = journeys.atTheQuestion();
        String oldVersion = inFlight.process().getProcessDefinitionId();

        mvc.perform(ModelerUpload.diagramWithAllForms(REGISTRATION)
                        .change(REGISTRATION, xml -> xml.replace("name=\"" + OLD_QUESTION + "\" camunda:formRef",
                                "name=\"" + NEW_STEP_NAME + "\" camunda:formRef"))
                        .change("has-ticket.form", form -> form.replace("\"label\": \"" + OLD_QUESTION + "\"",
                                "\"label\": \"" + NEW_QUESTION + "\""))
                        .asAdmin())
                .andExpect(status().isOk());
        ProcessDefinition newVersion = repository.createProcessDefinitionQuery()
                .processDefinitionKey(RegistrationProcess.KEY).latestVersion().singleResult();
        assertThat(repository.createDeploymentQuery().deploymentId(newVersion.getDeploymentId()).singleResult().getName())
                .isEqualTo(ModelerUpload.DEPLOYMENT_NAME);

        Journey fresh = journeys.atTheQuestion();
        assertThat(fresh.process().getProcessDefinitionId()).isEqualTo(newVersion.getId());
        assertThat(inFlight.process().getProcessDefinitionId()).isEqualTo(oldVersion).isNotEqualTo(newVersion.getId());

        assertThat(cabinetPage(fresh)).contains(NEW_STEP_NAME, NEW_QUESTION).doesNotContain(OLD_QUESTION);
        assertThat(cabinetPage(inFlight)).contains(OLD_QUESTION).doesNotContain(NEW_QUESTION, NEW_STEP_NAME);

        goThroughVariantOne(inFlight, ticket);

        HistoricProcessInstance finished = history.createHistoricProcessInstanceQuery()
                .processInstanceId(inFlight.process().getId()).singleResult();
        assertThat(finished.getEndTime()).as("the journey in flight has finished").isNotNull();
        assertThat(finished.getProcessDefinitionId()).isEqualTo(oldVersion);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(inFlight.process().getId()).list())
                .extracting(HistoricActivityInstance::getProcessDefinitionId).containsOnly(oldVersion);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(inFlight.process().getId())
                .activityId(RegistrationProcess.Elements.MEMBERSHIP_CONFIRMED).count()).isEqualTo(1);
    }

    private String cabinetPage(Journey journey) throws Exception {
        return mvc.perform(get("/cabinet").session(MemberLogin.session(mvc, journey.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** «Да», the ticket, consents, the documents, the code, the cabinet: every step of variant 1. */
    private void goThroughVariantOne(Journey journey, RegistryFixtures.Entry ticket) {
        journeys.complete(journey, Map.of(Variables.HAS_TICKET.getName(), "yes"));
        Map<String, Object> data = new HashMap<>();
        data.put(TicketDataForm.LAST_NAME.getName(), ticket.lastName());
        data.put(TicketDataForm.FIRST_NAME.getName(), ticket.firstName());
        data.put(TicketDataForm.MIDDLE_NAME.getName(), ticket.middleName());
        data.put(TicketDataForm.BIRTH_DATE.getName(), ticket.birthDate().toString());
        data.put(TicketDataForm.TICKET_NUMBER.getName(), ticket.ticketNumber());
        journeys.complete(journey, data);
        journeys.complete(journey, Map.of(Variables.PERSONAL_DATA_CONSENT.getName(), true, Variables.ADVERTISING_CONSENT.getName(), false));
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of());
    }
}
