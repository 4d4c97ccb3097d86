package org.unioncabinet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.CamundaWebappsClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The model check on every way a model enters the running cabinet: a direct {@code RepositoryService} deployment
 * (the path of the start-up deployment), Modeler's {@code POST /engine-rest/deployment/create}, and the web apps'
 * own engine API with a Camunda admin's Cockpit session. On each, an execution listener calling a bean and a script
 * task are refused with the file, the element and the expression in the message, and nothing is deployed; an allowed
 * model deploys. What was deployed before the check existed keeps running.
 */
@CabinetTest
class ModelCheckWaysInTest {

    static final String WEBAPPS_DEPLOY = "/camunda/api/engine/engine/default/deployment/create";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    ModelCheck check;
    @Autowired
    ObjectMapper json;
    @LocalServerPort
    int port;

    List<String> users = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestMade() {
        ModelerUpload.deleteAll(repository);
        users.forEach(identity::deleteUser);
    }

    // ---- a direct deployment, as the start-up deployment makes it ----

    @Test
    void aDirectDeploymentOfAListenerCallingABeanIsRefused() {
        assertThatThrownBy(() -> deployDirectly("listener.bpmn", LISTENER_CALLING_A_BEAN))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("listener.bpmn → serviceTask_check «Проверить»")
                .hasMessageContaining("${someOtherBean.method()}");
        assertNothingDeployed();
    }

    @Test
    void aDirectDeploymentOfAScriptTaskIsRefused() {
        assertThatThrownBy(() -> deployDirectly("script.bpmn", SCRIPT_TASK))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("script.bpmn → scriptTask_run «Выполнить»")
                .hasMessageContaining("скрипты в диаграммах не допускаются");
        assertNothingDeployed();
    }

    @Test
    void aDirectDeploymentOfAnAllowedModelDeploysOnTheCabinetsBeansAndVariables() {
        deployDirectly("allowed.bpmn", ALLOWED);

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modelCheck").count()).isOne();
    }

    // ---- Camunda Modeler's «Deploy» ----

    @Test
    void modelersDeployOfAListenerCallingABeanIsRefused() throws Exception {
        mvc.perform(ModelerUpload.file("listener.bpmn", LISTENER_CALLING_A_BEAN).asAdmin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(
                        containsString("Развёртывание отклонено."),
                        containsString("listener.bpmn → serviceTask_check «Проверить»"),
                        containsString("${someOtherBean.method()}"))));
        assertNothingDeployed();
    }

    @Test
    void modelersDeployOfAScriptTaskIsRefused() throws Exception {
        mvc.perform(ModelerUpload.file("script.bpmn", SCRIPT_TASK).asAdmin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(allOf(
                        containsString("script.bpmn → scriptTask_run «Выполнить»"),
                        containsString("скрипты в диаграммах не допускаются"))));
        assertNothingDeployed();
    }

    @Test
    void modelersDeployOfAnAllowedModelDeploys() throws Exception {
        mvc.perform(ModelerUpload.file("allowed.bpmn", ALLOWED).asAdmin())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deployedProcessDefinitions.*.key").value("modelCheck"));
    }

    // ---- the web apps' own engine API, with a Camunda admin's session ----

    @Test
    void theWebAppsEngineApiRefusesAListenerCallingABean() throws Exception {
        HttpResponse<String> response = deployThroughTheWebApps("listener.bpmn", LISTENER_CALLING_A_BEAN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).startsWith("Развёртывание отклонено.")
                .contains("listener.bpmn → serviceTask_check «Проверить»", "${someOtherBean.method()}");
        assertNothingDeployed();
    }

    @Test
    void theWebAppsEngineApiRefusesAScriptTask() throws Exception {
        HttpResponse<String> response = deployThroughTheWebApps("script.bpmn", SCRIPT_TASK);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).contains("script.bpmn → scriptTask_run «Выполнить»",
                "скрипты в диаграммах не допускаются");
        assertNothingDeployed();
    }

    @Test
    void theWebAppsEngineApiDeploysAnAllowedModel() throws Exception {
        HttpResponse<String> response = deployThroughTheWebApps("allowed.bpmn", ALLOWED);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modelCheck").count()).isOne();
    }

    // ---- what was there before ----

    /**
     * A definition the cabinet deployed before the check existed, made as it was made then: by an engine without
     * the plugin, on the same database. The cabinet's engine has never seen it, so starting it loads it into the cache
     * (the path after a restart, {@code isNew() == false}): it runs, script task and all. Deploying the same file
     * today is refused. The cache is then emptied, as a restart would, and it still starts.
     */
    @Test
    void aDefinitionDeployedBeforeTheCheckKeepsRunningAfterARestart() {
        ProcessEngine before = engineWithoutTheCheck();
        try {
            before.getRepositoryService().createDeployment().name(ModelerUpload.DEPLOYMENT_NAME)
                    .addString("legacy.bpmn", LEGACY).deploy();
        } finally {
            before.close();
        }

        ProcessInstance first = runtime.startProcessInstanceByKey("legacyCheck", "legacy-1");
        assertThat(runtime.getActiveActivityIds(first.getId())).containsExactly("userTask_wait");

        assertThatThrownBy(() -> deployDirectly("legacy.bpmn", LEGACY)).isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("legacy.bpmn → scriptTask_sum «Сложить»");

        engine.getDeploymentCache().discardProcessDefinitionCache();
        ProcessInstance second = runtime.startProcessInstanceByKey("legacyCheck", "legacy-2");
        assertThat(runtime.getActiveActivityIds(second.getId())).containsExactly("userTask_wait");
    }

    /** They were deployed at start-up (the whole suite depends on it), and the check finds nothing in them. */
    @Test
    void theCabinetsOwnDiagramsPassTheCheck() throws IOException {
        List<DeploymentResource> diagrams;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            diagrams = files.filter(file -> file.toString().endsWith(".bpmn")).sorted()
                    .map(ModelCheckWaysInTest::resource).toList();
        }

        assertThat(diagrams).hasSizeGreaterThanOrEqualTo(4);
        assertThat(check.problems(diagrams, DmnDefaults.of(engine), true)).isEmpty();
        for (String key : List.of("registration", "documentSigning", "passwordReset", "registrationAttemptNotice",
                "reviewerInvitation")) {
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).count()).as(key).isPositive();
        }
    }

    // ---- helpers ----

    private void deployDirectly(String file, String xml) {
        repository.createDeployment().name(ModelerUpload.DEPLOYMENT_NAME).addString(file, xml).deploy();
    }

    private HttpResponse<String> deployThroughTheWebApps(String file, String xml) {
        String admin = CamundaUsers.create(identity, Groups.CAMUNDA_ADMIN);
        users.add(admin);
        CamundaWebappsClient cockpit = CamundaWebappsClient.loggedIntoCockpit(port, admin, CamundaUsers.PASSWORD);
        return cockpit.postMultipart(WEBAPPS_DEPLOY, Map.of("deployment-name", ModelerUpload.DEPLOYMENT_NAME),
                Map.of(file, xml));
    }

    private String message(HttpResponse<String> response) throws IOException {
        JsonNode body = json.readTree(response.body());
        return body.path("message").asText();
    }

    private void assertNothingDeployed() {
        assertThat(repository.createDeploymentQuery().deploymentName(ModelerUpload.DEPLOYMENT_NAME).count())
                .as("nothing deployed").isZero();
    }

    /** The cabinet's engine as it was before the plugin: same database, same history level and ids, no check. */
    private ProcessEngine engineWithoutTheCheck() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("before-the-model-check");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(engine.getHistory());
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setMetricsEnabled(false);
        return configuration.buildProcessEngine();
    }

    private static DeploymentResource resource(Path file) {
        try {
            return new DeploymentResource(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                id="definitions_modelCheck" targetNamespace="http://unioncabinet.org/model-check">
            """;

    /** The hostile analyst's model: an execution listener reads whatever a bean gives. */
    static final String LISTENER_CALLING_A_BEAN = HEADER + """
              <bpmn:process id="modelCheck" name="Проверка модели" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="startEvent_begin" />
                <bpmn:serviceTask id="serviceTask_check" name="Проверить" camunda:delegateExpression="${checkMembershipDelegate}">
                  <bpmn:extensionElements>
                    <camunda:executionListener expression="${someOtherBean.method()}" event="start" />
                  </bpmn:extensionElements>
                </bpmn:serviceTask>
                <bpmn:endEvent id="endEvent_done" />
                <bpmn:sequenceFlow id="flow_check" sourceRef="startEvent_begin" targetRef="serviceTask_check" />
                <bpmn:sequenceFlow id="flow_done" sourceRef="serviceTask_check" targetRef="endEvent_done" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    static final String SCRIPT_TASK = HEADER + """
              <bpmn:process id="modelCheck" name="Проверка модели" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="startEvent_begin" />
                <bpmn:scriptTask id="scriptTask_run" name="Выполнить" scriptFormat="javascript">
                  <bpmn:script>java.lang.System.getenv()</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:sequenceFlow id="flow_run" sourceRef="startEvent_begin" targetRef="scriptTask_run" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** On the cabinet's real beans and the facades' variables: a delegate, a timer bean, a condition. */
    static final String ALLOWED = HEADER + """
              <bpmn:process id="modelCheck" name="Проверка модели" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="startEvent_begin" />
                <bpmn:serviceTask id="serviceTask_check" name="Проверить" camunda:asyncBefore="true" camunda:delegateExpression="${checkMembershipDelegate}" />
                <bpmn:exclusiveGateway id="gateway_matched" name="Совпало?" />
                <bpmn:intermediateCatchEvent id="timerEvent_wait" name="Подождать">
                  <bpmn:timerEventDefinition id="timer_wait">
                    <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${membershipTimers.lockout()}</bpmn:timeDuration>
                  </bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:endEvent id="endEvent_done" />
                <bpmn:sequenceFlow id="flow_check" sourceRef="startEvent_begin" targetRef="serviceTask_check" />
                <bpmn:sequenceFlow id="flow_gateway" sourceRef="serviceTask_check" targetRef="gateway_matched" />
                <bpmn:sequenceFlow id="flow_matched" sourceRef="gateway_matched" targetRef="endEvent_done">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${membershipCheck == 'MATCH'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="flow_wait" sourceRef="gateway_matched" targetRef="timerEvent_wait">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${membershipCheck != 'MATCH'}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="flow_again" sourceRef="timerEvent_wait" targetRef="endEvent_done" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    /** What the engine ran before the check: a script task, and a condition and a listener calling the engine. */
    static final String LEGACY = HEADER + """
              <bpmn:process id="legacyCheck" name="До проверки моделей" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="startEvent_begin" />
                <bpmn:scriptTask id="scriptTask_sum" name="Сложить" scriptFormat="juel" camunda:resultVariable="sum">
                  <bpmn:script>${1 + 1}</bpmn:script>
                </bpmn:scriptTask>
                <bpmn:exclusiveGateway id="gateway_sum" default="flow_other" />
                <bpmn:userTask id="userTask_wait" name="Ждать">
                  <bpmn:extensionElements>
                    <camunda:executionListener expression="${execution.getProcessBusinessKey()}" event="start" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:endEvent id="endEvent_other" />
                <bpmn:sequenceFlow id="flow_sum" sourceRef="startEvent_begin" targetRef="scriptTask_sum" />
                <bpmn:sequenceFlow id="flow_gateway" sourceRef="scriptTask_sum" targetRef="gateway_sum" />
                <bpmn:sequenceFlow id="flow_wait" sourceRef="gateway_sum" targetRef="userTask_wait">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${execution.getVariable('sum') == 2}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="flow_other" sourceRef="gateway_sum" targetRef="endEvent_other" />
              </bpmn:process>
            </bpmn:definitions>
            """;
}
