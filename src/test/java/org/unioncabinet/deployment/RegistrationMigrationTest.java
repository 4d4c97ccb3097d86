package org.unioncabinet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.TestMemberSteps;

/**
 * The developer's side of a change Modeler's «Deploy» refuses (docs/analysts.md «Версии и миграция»): the
 * question gets a new id ({@code userTask_answerHasTicket} → {@code userTask_askAboutTicket}), the new
 * version ships with the app, and the journeys waiting at the old question are moved over by a migration
 * plan that maps the old step to the new one and everything else to itself.
 */
@CabinetTest
class RegistrationMigrationTest {

    /** A member step: the release declares it as one (here {@link TestMemberSteps}). */
    static final String NEW_QUESTION = TestMemberSteps.RENAMED_QUESTION;

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Journeys journeys;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void backToTheDiagramsOfTheRepository() {
        ModelerUpload.deleteAll(repository);
    }

    @Test
    void membersWaitingAtARenamedStepAreMovedToItAndGoOn() throws Exception {
        Journey waiting = journeys.atTheQuestion();
        ProcessDefinition oldVersion = definition(waiting.process());
        ProcessDefinition newVersion = deployWithTheQuestionRenamed();

        MigrationPlan plan = runtime.createMigrationPlan(oldVersion.getId(), newVersion.getId())
                .mapEqualActivities()
                .mapActivities(Elements.ANSWER_HAS_TICKET, NEW_QUESTION)
                .build();
        runtime.newMigration(plan).processInstanceIds(waiting.process().getId()).execute();

        ProcessInstance moved = runtime.createProcessInstanceQuery().processInstanceId(waiting.process().getId())
                .singleResult();
        assertThat(moved.getProcessDefinitionId()).isEqualTo(newVersion.getId());
        assertThat(runtime.getActiveActivityIds(moved.getId())).containsExactly(NEW_QUESTION);
        assertThat(journeys.task(waiting).getTaskDefinitionKey()).isEqualTo(NEW_QUESTION);
        mvc.perform(get("/cabinet").session(MemberLogin.session(mvc, waiting.email()))).andExpect(status().isOk());

        journeys.complete(waiting, Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), "yes"));
        assertThat(runtime.getActiveActivityIds(moved.getId())).containsExactly(Elements.ENTER_TICKET_DATA);
    }

    /** As a release would ship it: the diagram of processes/ with the change, and every form beside it. */
    private ProcessDefinition deployWithTheQuestionRenamed() throws Exception {
        DeploymentBuilder deployment = repository.createDeployment().name(ModelerUpload.DEPLOYMENT_NAME);
        String diagram = Files.readString(Path.of("processes", "registration.bpmn"))
                .replace(Elements.ANSWER_HAS_TICKET, NEW_QUESTION);
        deployment.addInputStream("registration.bpmn", new ByteArrayInputStream(diagram.getBytes(StandardCharsets.UTF_8)));
        try (var forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
                deployment.addInputStream(form.getFileName().toString(), Files.newInputStream(form));
            }
        }
        List<ProcessDefinition> deployed = deployment.deployWithResult().getDeployedProcessDefinitions();
        return deployed.stream().filter(definition -> definition.getKey().equals(RegistrationProcess.KEY))
                .findFirst().orElseThrow();
    }

    private ProcessDefinition definition(ProcessInstance instance) {
        return repository.getProcessDefinition(instance.getProcessDefinitionId());
    }
}
