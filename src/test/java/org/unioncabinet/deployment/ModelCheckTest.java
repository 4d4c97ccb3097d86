package org.unioncabinet.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.confirmation.RegistrationTimers;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.DiagramEngineConfiguration;
import org.unioncabinet.system.DiagramVariables;

/**
 * The model check on a bare engine (no Spring): a real engine with {@link ModelCheckPlugin}, deploying through
 * {@code RepositoryService} as the start-up deployment does. For each kind of place the engine evaluates an
 * expression, a forbidden one is refused with the file, the element and the expression in the message, and nothing is
 * deployed; the allowed forms deploy. The variables are the real facades'; the beans are stand-ins of each kind.
 */
class ModelCheckTest {

    static final String NAME = "model-check-test";
    static final String FILE = "check.bpmn";

    static ProcessEngine engine;
    static RepositoryService repository;

    @BeforeAll
    static void anEngineWithTheCheck() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        DiagramEngineConfiguration.onTheDiagramDatabase(configuration);
        configuration.setProcessEngineName("model-check-tests");
        configuration.getProcessEnginePlugins().add(new ModelCheckPlugin(new ModelCheck(new Vocabulary())));
        engine = configuration.buildProcessEngine();
        repository = engine.getRepositoryService();
    }

    @AfterAll
    static void closeTheEngine() {
        engine.close();
    }

    @AfterEach
    void removeWhatTheTestDeployed() {
        repository.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true, true));
    }

    // ---- what is refused, kind by kind: {kind, the process's body, root elements, the element, the expression} ----

    static Stream<Arguments> forbidden() {
        return Stream.of(
                kind("execution listener on a task calling a bean", """
                        <bpmn:userTask id="userTask_listened" name="Шаг со слушателем">
                          <bpmn:extensionElements>
                            <camunda:executionListener expression="${someOtherBean.method()}" event="start" />
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_listened «Шаг со слушателем»", "${someOtherBean.method()}"),
                kind("execution listener of the process on a bean that is not ours", """
                        <bpmn:extensionElements>
                          <camunda:executionListener delegateExpression="${dataSource}" event="start" />
                        </bpmn:extensionElements>
                        <bpmn:startEvent id="startEvent_begin" />""", "", "process_check «Проверка»", "${dataSource}"),
                kind("execution listener on a flow naming a delegate, not a listener", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:endEvent id="endEvent_done" />
                        <bpmn:sequenceFlow id="flow_taken" name="Дальше" sourceRef="startEvent_begin" targetRef="endEvent_done">
                          <bpmn:extensionElements>
                            <camunda:executionListener delegateExpression="${checkMembershipDelegate}" event="take" />
                          </bpmn:extensionElements>
                        </bpmn:sequenceFlow>""", "", "flow_taken «Дальше»", "${checkMembershipDelegate}"),
                kind("execution listener by class", """
                        <bpmn:userTask id="userTask_classy" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:executionListener class="com.example.Steal" event="end" />
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_classy «Шаг»", "com.example.Steal"),
                kind("execution listener with a script", """
                        <bpmn:userTask id="userTask_scripted" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:executionListener event="start">
                              <camunda:script scriptFormat="groovy">println 'x'</camunda:script>
                            </camunda:executionListener>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_scripted «Шаг»", "groovy"),
                kind("task listener on a delegate, not a task listener", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение">
                          <bpmn:extensionElements>
                            <camunda:taskListener delegateExpression="${checkMembershipDelegate}" event="create" />
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_review «Рассмотрение»", "${checkMembershipDelegate}"),
                kind("task listener calling an expression on complete", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение">
                          <bpmn:extensionElements>
                            <camunda:taskListener expression="${task.execution.processEngine}" event="complete" />
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_review «Рассмотрение»", "${task.execution.processEngine}"),
                kind("task listener's timeout", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение">
                          <bpmn:extensionElements>
                            <camunda:taskListener delegateExpression="${labelApplicationTaskListener}" event="timeout" id="taskListener_late">
                              <bpmn:timerEventDefinition id="timer_late">
                                <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${someOtherBean.delay()}</bpmn:timeDuration>
                              </bpmn:timerEventDefinition>
                            </camunda:taskListener>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_review «Рассмотрение»", "${someOtherBean.delay()}"),
                kind("sequence-flow condition calling the engine", """
                        <bpmn:exclusiveGateway id="gateway_hasTicket" name="Есть билет?" />
                        <bpmn:endEvent id="endEvent_done" />
                        <bpmn:sequenceFlow id="flow_yes" name="Да" sourceRef="gateway_hasTicket" targetRef="endEvent_done">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${execution.getVariable('hasTicket') == 'yes'}</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>""", "", "flow_yes «Да»", "${execution.getVariable('hasTicket') == 'yes'}"),
                kind("script condition", """
                        <bpmn:exclusiveGateway id="gateway_hasTicket" name="Есть билет?" />
                        <bpmn:endEvent id="endEvent_done" />
                        <bpmn:sequenceFlow id="flow_yes" name="Да" sourceRef="gateway_hasTicket" targetRef="endEvent_done">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">hasTicket == 'yes'</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>""", "", "flow_yes «Да»", "javascript"),
                kind("input mapping reading a bean", """
                        <bpmn:userTask id="userTask_mapped" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:inputOutput>
                              <camunda:inputParameter name="secret">${someOtherBean.secret}</camunda:inputParameter>
                            </camunda:inputOutput>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_mapped «Шаг»", "${someOtherBean.secret}"),
                kind("output mapping as a script", """
                        <bpmn:userTask id="userTask_mapped" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:inputOutput>
                              <camunda:outputParameter name="result">
                                <camunda:script scriptFormat="javascript">java.lang.Runtime.getRuntime()</camunda:script>
                              </camunda:outputParameter>
                            </camunda:inputOutput>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_mapped «Шаг»", "javascript"),
                kind("input mapping list entry", """
                        <bpmn:userTask id="userTask_mapped" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:inputOutput>
                              <camunda:inputParameter name="list">
                                <camunda:list><camunda:value>${dataSource}</camunda:value></camunda:list>
                              </camunda:inputParameter>
                            </camunda:inputOutput>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_mapped «Шаг»", "${dataSource}"),
                kind("field injection", """
                        <bpmn:serviceTask id="serviceTask_check" name="Проверить" camunda:delegateExpression="${checkMembershipDelegate}">
                          <bpmn:extensionElements>
                            <camunda:field name="connection"><camunda:expression>${dataSource.connection}</camunda:expression></camunda:field>
                          </bpmn:extensionElements>
                        </bpmn:serviceTask>""", "", "serviceTask_check «Проверить»", "${dataSource.connection}"),
                kind("candidate users", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:candidateUsers="${execution.processBusinessKey}" />""",
                        "", "userTask_review «Рассмотрение»", "${execution.processBusinessKey}"),
                kind("candidate groups", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:candidateGroups="${currentUserGroups()}" />""",
                        "", "userTask_review «Рассмотрение»", "${currentUserGroups()}"),
                kind("assignee", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:assignee="${someOtherBean.reviewer}" />""",
                        "", "userTask_review «Рассмотрение»", "${someOtherBean.reviewer}"),
                kind("due date", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:dueDate="${dateTime().plusDays(3).toDate()}" />""",
                        "", "userTask_review «Рассмотрение»", "${dateTime().plusDays(3).toDate()}"),
                kind("follow-up date", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:followUpDate="${now()}" />""",
                        "", "userTask_review «Рассмотрение»", "${now()}"),
                kind("task priority", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:priority="${someOtherBean.priority}" />""",
                        "", "userTask_review «Рассмотрение»", "${someOtherBean.priority}"),
                kind("job priority", """
                        <bpmn:serviceTask id="serviceTask_check" name="Проверить" camunda:asyncBefore="true" camunda:jobPriority="${someOtherBean.priority}" camunda:delegateExpression="${checkMembershipDelegate}" />""",
                        "", "serviceTask_check «Проверить»", "${someOtherBean.priority}"),
                kind("timer date", """
                        <bpmn:intermediateCatchEvent id="timerEvent_wait" name="Подождать">
                          <bpmn:timerEventDefinition id="timer_wait">
                            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${someOtherBean.when()}</bpmn:timeDate>
                          </bpmn:timerEventDefinition>
                        </bpmn:intermediateCatchEvent>""", "", "timerEvent_wait «Подождать»", "${someOtherBean.when()}"),
                kind("timer duration on a method a timer bean does not declare", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" />
                        <bpmn:boundaryEvent id="timerBoundary_late" name="Срок вышел" attachedToRef="userTask_review">
                          <bpmn:timerEventDefinition id="timer_late">
                            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${registrationTimers.getClass()}</bpmn:timeDuration>
                          </bpmn:timerEventDefinition>
                        </bpmn:boundaryEvent>""", "", "timerBoundary_late «Срок вышел»", "${registrationTimers.getClass()}"),
                kind("timer cycle on a bean that is no timer bean", """
                        <bpmn:startEvent id="timerStart_daily" name="Каждый день">
                          <bpmn:timerEventDefinition id="timer_daily">
                            <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${checkMembershipDelegate.toString()}</bpmn:timeCycle>
                          </bpmn:timerEventDefinition>
                        </bpmn:startEvent>""", "", "timerStart_daily «Каждый день»", "${checkMembershipDelegate.toString()}"),
                kind("message name", """
                        <bpmn:receiveTask id="receiveTask_wait" name="Ждать" messageRef="message_confirmed" />""",
                        "<bpmn:message id=\"message_confirmed\" name=\"${someOtherBean.name}\" />",
                        "message_confirmed «${someOtherBean.name}»", "${someOtherBean.name}"),
                kind("signal name", """
                        <bpmn:intermediateCatchEvent id="signalEvent_wait" name="Ждать сигнала">
                          <bpmn:signalEventDefinition id="signalDefinition_wait" signalRef="signal_go" />
                        </bpmn:intermediateCatchEvent>""",
                        "<bpmn:signal id=\"signal_go\" name=\"${execution.processDefinitionId}\" />",
                        "signal_go «${execution.processDefinitionId}»", "${execution.processDefinitionId}"),
                kind("multi-instance collection", """
                        <bpmn:userTask id="userTask_each" name="Каждому">
                          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${someOtherBean.list()}" camunda:elementVariable="reviewer" />
                        </bpmn:userTask>""", "", "userTask_each «Каждому»", "${someOtherBean.list()}"),
                kind("multi-instance completion condition", """
                        <bpmn:userTask id="userTask_each" name="Каждому">
                          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${reviewerGroup}" camunda:elementVariable="reviewer">
                            <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${execution.variables.size() > 0}</bpmn:completionCondition>
                          </bpmn:multiInstanceLoopCharacteristics>
                        </bpmn:userTask>""", "", "userTask_each «Каждому»", "${execution.variables.size() > 0}"),
                kind("multi-instance loop cardinality", """
                        <bpmn:userTask id="userTask_each" name="Каждому">
                          <bpmn:multiInstanceLoopCharacteristics>
                            <bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">${someOtherBean.count}</bpmn:loopCardinality>
                          </bpmn:multiInstanceLoopCharacteristics>
                        </bpmn:userTask>""", "", "userTask_each «Каждому»", "${someOtherBean.count}"),
                kind("multi-instance element variable named like a bean", """
                        <bpmn:userTask id="userTask_each" name="Каждому" camunda:assignee="${dataSource}">
                          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${reviewerGroup}" camunda:elementVariable="dataSource" />
                        </bpmn:userTask>""", "", "userTask_each «Каждому»", "${dataSource}"),
                kind("called element", """
                        <bpmn:callActivity id="callActivity_sign" name="Подписать" calledElement="${someOtherBean.key}" />""",
                        "", "callActivity_sign «Подписать»", "${someOtherBean.key}"),
                kind("call activity's business key", """
                        <bpmn:callActivity id="callActivity_sign" name="Подписать" calledElement="documentSigning">
                          <bpmn:extensionElements>
                            <camunda:in businessKey="${execution.processEngineServices.runtimeService}" />
                          </bpmn:extensionElements>
                        </bpmn:callActivity>""", "", "callActivity_sign «Подписать»",
                        "${execution.processEngineServices.runtimeService}"),
                kind("call activity passing all variables", """
                        <bpmn:callActivity id="callActivity_sign" name="Подписать" calledElement="documentSigning">
                          <bpmn:extensionElements>
                            <camunda:in variables="all" />
                          </bpmn:extensionElements>
                        </bpmn:callActivity>""", "", "callActivity_sign «Подписать»", "variables=\"all\""),
                kind("call activity's out mapping", """
                        <bpmn:callActivity id="callActivity_sign" name="Подписать" calledElement="documentSigning">
                          <bpmn:extensionElements>
                            <camunda:out sourceExpression="${dataSource}" target="signingOutcome" />
                          </bpmn:extensionElements>
                        </bpmn:callActivity>""", "", "callActivity_sign «Подписать»", "${dataSource}"),
                kind("embedded form key on a user task", """
                        <bpmn:userTask id="userTask_form" name="Анкета" camunda:formKey="embedded:app:forms/steal.html" />""",
                        "", "userTask_form «Анкета»", "embedded:app:forms/steal.html"),
                kind("external form key on a start event", """
                        <bpmn:startEvent id="startEvent_form" name="Начало" camunda:formKey="app:start.html" />""",
                        "", "startEvent_form «Начало»", "app:start.html"),
                kind("form reference bound to the latest form", """
                        <bpmn:userTask id="userTask_form" name="Анкета" camunda:formRef="hasTicketQuestion" camunda:formRefBinding="latest" />""",
                        "", "userTask_form «Анкета»", "hasTicketQuestion"),
                kind("generated form fields", """
                        <bpmn:userTask id="userTask_form" name="Анкета">
                          <bpmn:extensionElements>
                            <camunda:formData><camunda:formField id="field" label="Поле" type="string" defaultValue="${someOtherBean.x}" /></camunda:formData>
                          </bpmn:extensionElements>
                        </bpmn:userTask>""", "", "userTask_form «Анкета»", "${someOtherBean.x}"),
                kind("decision reference", """
                        <bpmn:businessRuleTask id="businessRuleTask_decide" name="Решить" camunda:decisionRef="${someOtherBean.key}" camunda:resultVariable="answer" />""",
                        "", "businessRuleTask_decide «Решить»", "${someOtherBean.key}"),
                kind("result variable", """
                        <bpmn:businessRuleTask id="businessRuleTask_decide" name="Решить" camunda:decisionRef="discount" camunda:resultVariable="${execution.id}" />""",
                        "", "businessRuleTask_decide «Решить»", "${execution.id}"),
                kind("error code", "<bpmn:startEvent id=\"startEvent_begin\" />",
                        "<bpmn:error id=\"error_failed\" name=\"Сбой\" errorCode=\"${someOtherBean.code}\" />",
                        "error_failed «Сбой»", "${someOtherBean.code}"),
                kind("escalation code", "<bpmn:startEvent id=\"startEvent_begin\" />",
                        "<bpmn:escalation id=\"escalation_late\" name=\"Просрочка\" escalationCode=\"${someOtherBean.code}\" />",
                        "escalation_late «Просрочка»", "${someOtherBean.code}"),
                kind("script task", """
                        <bpmn:scriptTask id="scriptTask_run" name="Выполнить" scriptFormat="groovy">
                          <bpmn:script>"rm -rf /".execute()</bpmn:script>
                        </bpmn:scriptTask>""", "", "scriptTask_run «Выполнить»", "groovy"),
                kind("service task bound to a class", """
                        <bpmn:serviceTask id="serviceTask_run" name="Выполнить" camunda:class="com.example.Steal" />""",
                        "", "serviceTask_run «Выполнить»", "com.example.Steal"),
                kind("shell service task", """
                        <bpmn:serviceTask id="serviceTask_run" name="Выполнить" camunda:type="shell">
                          <bpmn:extensionElements><camunda:field name="command" stringValue="id" /></bpmn:extensionElements>
                        </bpmn:serviceTask>""", "", "serviceTask_run «Выполнить»", "shell"),
                kind("service task calling an expression", """
                        <bpmn:serviceTask id="serviceTask_run" name="Выполнить" camunda:expression="${checkMembershipDelegate.execute(execution)}" />""",
                        "", "serviceTask_run «Выполнить»", "${checkMembershipDelegate.execute(execution)}"),
                kind("user task's name, which the engine evaluates", """
                        <bpmn:userTask id="userTask_named" name="${execution.processEngine.name}" />""",
                        "", "userTask_named", "${execution.processEngine.name}"),
                kind("documentation, which becomes the task's description", """
                        <bpmn:userTask id="userTask_described" name="Шаг">
                          <bpmn:documentation>${someOtherBean.secret}</bpmn:documentation>
                        </bpmn:userTask>""", "", "userTask_described «Шаг»", "${someOtherBean.secret}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void isRefusedNamingTheFileTheElementAndTheExpression(String kind, String body, String roots, String element,
            String expression) {
        assertThatThrownBy(() -> deploy(FILE, definitions(body, roots)))
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageStartingWith("Развёртывание отклонено.")
                .hasMessageContaining(FILE + " → " + element)
                .hasMessageContaining(expression);
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).as("nothing deployed").isZero();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("process_check").count()).isZero();
    }

    // ---- the allowed forms, kind by kind ----

    static Stream<Arguments> allowed() {
        return Stream.of(
                ok("service task on one of the cabinet's delegates", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:serviceTask id="serviceTask_check" name="Проверить" camunda:asyncBefore="true" camunda:jobPriority="10" camunda:delegateExpression="${checkMembershipDelegate}">
                          <bpmn:extensionElements>
                            <camunda:failedJobRetryTimeCycle>R5/PT5M</camunda:failedJobRetryTimeCycle>
                            <camunda:field name="mode" stringValue="strict" />
                          </bpmn:extensionElements>
                        </bpmn:serviceTask>"""),
                ok("listeners on the cabinet's listener beans", """
                        <bpmn:extensionElements>
                          <camunda:executionListener delegateExpression="${auditListener}" event="start" />
                        </bpmn:extensionElements>
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:candidateGroups="${reviewerGroup}" camunda:formRef="joinApplicationReview" camunda:formRefBinding="deployment">
                          <bpmn:extensionElements>
                            <camunda:taskListener delegateExpression="${labelApplicationTaskListener}" event="create" />
                            <camunda:executionListener delegateExpression="#{auditListener}" event="end" />
                          </bpmn:extensionElements>
                        </bpmn:userTask>"""),
                ok("conditions comparing typed variables", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:exclusiveGateway id="gateway_hasTicket" name="Есть билет?" />
                        <bpmn:endEvent id="endEvent_yes" />
                        <bpmn:endEvent id="endEvent_no" />
                        <bpmn:sequenceFlow id="flow_yes" sourceRef="gateway_hasTicket" targetRef="endEvent_yes">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${hasTicket == 'yes' and signingOutcome != 'SIGNED'}</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>
                        <bpmn:sequenceFlow id="flow_no" sourceRef="gateway_hasTicket" targetRef="endEvent_no">
                          <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${not (hasTicket == 'yes') or codeCheck eq 'EXPIRED' or failedMembershipChecks &gt;= 5}</bpmn:conditionExpression>
                        </bpmn:sequenceFlow>"""),
                ok("input and output mappings of variables and values", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:userTask id="userTask_mapped" name="Шаг">
                          <bpmn:extensionElements>
                            <camunda:inputOutput>
                              <camunda:inputParameter name="who">${applicantName}</camunda:inputParameter>
                              <camunda:inputParameter name="greeting">Здравствуйте, ${applicantName}!</camunda:inputParameter>
                              <camunda:outputParameter name="done">${true}</camunda:outputParameter>
                            </camunda:inputOutput>
                          </bpmn:extensionElements>
                        </bpmn:userTask>"""),
                ok("task's people, dates and priority from variables and values", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:userTask id="userTask_review" name="Рассмотрение: ${applicantName}" camunda:candidateUsers="admin" camunda:assignee="${reviewerGroup}" camunda:dueDate="${submittedAtText}" camunda:followUpDate="2030-01-01T00:00:00" camunda:priority="50">
                          <bpmn:documentation>Заявление ${applicantName} ${applicantSchool}</bpmn:documentation>
                        </bpmn:userTask>"""),
                ok("timers from the timer beans, values and variables", """
                        <bpmn:userTask id="userTask_review" name="Рассмотрение" />
                        <bpmn:boundaryEvent id="timerBoundary_reminder" attachedToRef="userTask_review" cancelActivity="false">
                          <bpmn:timerEventDefinition id="timer_reminder">
                            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${registrationTimers.reminderAfter()}</bpmn:timeDuration>
                          </bpmn:timerEventDefinition>
                        </bpmn:boundaryEvent>
                        <bpmn:boundaryEvent id="timerBoundary_expiry" attachedToRef="userTask_review">
                          <bpmn:timerEventDefinition id="timer_expiry">
                            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P7D</bpmn:timeDuration>
                          </bpmn:timerEventDefinition>
                        </bpmn:boundaryEvent>
                        <bpmn:intermediateCatchEvent id="timerEvent_wait">
                          <bpmn:timerEventDefinition id="timer_wait">
                            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${submittedAtText}</bpmn:timeDate>
                          </bpmn:timerEventDefinition>
                        </bpmn:intermediateCatchEvent>
                        <bpmn:startEvent id="timerStart_daily">
                          <bpmn:timerEventDefinition id="timer_daily">
                            <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">R3/PT1H</bpmn:timeCycle>
                          </bpmn:timerEventDefinition>
                        </bpmn:startEvent>"""),
                ok("message and signal names as values and variables", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:receiveTask id="receiveTask_wait" name="Ждать" messageRef="message_confirmed" />
                        <bpmn:intermediateCatchEvent id="signalEvent_wait">
                          <bpmn:signalEventDefinition id="signalDefinition_wait" signalRef="signal_go" />
                        </bpmn:intermediateCatchEvent>""", """
                        <bpmn:message id="message_confirmed" name="AccountConfirmed" />
                        <bpmn:signal id="signal_go" name="go-${hasTicket}" />"""),
                ok("multi-instance over a variable, with its counters", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:userTask id="userTask_each" name="Каждому" camunda:assignee="${reviewer}" camunda:priority="${loopCounter}">
                          <bpmn:multiInstanceLoopCharacteristics camunda:collection="${reviewerGroup}" camunda:elementVariable="reviewer">
                            <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">${nrOfCompletedInstances &gt;= 1}</bpmn:completionCondition>
                          </bpmn:multiInstanceLoopCharacteristics>
                        </bpmn:userTask>
                        <bpmn:userTask id="userTask_thrice" name="Трижды">
                          <bpmn:multiInstanceLoopCharacteristics isSequential="true">
                            <bpmn:loopCardinality xsi:type="bpmn:tFormalExpression">3</bpmn:loopCardinality>
                          </bpmn:multiInstanceLoopCharacteristics>
                        </bpmn:userTask>"""),
                ok("call activity with the caller's business key and named variables", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:callActivity id="callActivity_sign" name="Подписать" calledElement="documentSigning" camunda:calledElementBinding="latest">
                          <bpmn:extensionElements>
                            <camunda:in businessKey="#{execution.processBusinessKey}" />
                            <camunda:in source="documentBatchId" target="documentBatchId" />
                            <camunda:in sourceExpression="${joinApplicationId}" target="joinApplicationId" />
                            <camunda:out source="signingOutcome" target="signingOutcome" />
                          </bpmn:extensionElements>
                        </bpmn:callActivity>"""),
                ok("Camunda Forms bound to the deployment", """
                        <bpmn:startEvent id="startEvent_form" camunda:formRef="hasTicketQuestion" camunda:formRefBinding="deployment" />
                        <bpmn:userTask id="userTask_form" name="Анкета" camunda:formRef="ticketData" camunda:formRefBinding="deployment">
                          <bpmn:extensionElements>
                            <camunda:properties><camunda:property name="memberAction:SigningCodeRequested" value="Отправить код повторно" /></camunda:properties>
                          </bpmn:extensionElements>
                        </bpmn:userTask>"""),
                ok("decision, result variable, error and escalation codes as values", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:businessRuleTask id="businessRuleTask_decide" name="Решить" camunda:decisionRef="discount" camunda:resultVariable="answer" camunda:mapDecisionResult="singleEntry" />""", """
                        <bpmn:error id="error_failed" name="Сбой" errorCode="MEMBERSHIP_FAILED" />
                        <bpmn:escalation id="escalation_late" name="Просрочка" escalationCode="LATE" />"""),
                ok("text that only looks like an expression", """
                        <bpmn:startEvent id="startEvent_begin" />
                        <bpmn:userTask id="userTask_escaped" name="Цена \\${сумма}" />"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void isDeployed(String kind, String body, String roots) {
        deploy(FILE, definitions(body, roots));

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("process_check").count()).isOne();
    }

    /** Built with the model API, as the other way of writing a model: the same check. */
    @Test
    void aModelBuiltWithTheModelApiIsCheckedToo() {
        BpmnModelInstance refused = Bpmn.createExecutableProcess("process_check").camundaHistoryTimeToLive(30)
                .startEvent("startEvent_begin")
                .userTask("userTask_review").name("Рассмотрение")
                .camundaExecutionListenerExpression("start", "${someOtherBean.method()}")
                .endEvent().done();
        BpmnModelInstance allowed = Bpmn.createExecutableProcess("process_check").camundaHistoryTimeToLive(30)
                .startEvent("startEvent_begin")
                .serviceTask("serviceTask_check").name("Проверить").camundaDelegateExpression("${checkMembershipDelegate}")
                .exclusiveGateway("gateway_matched")
                .condition("совпало", "${membershipCheck == 'MATCH'}").endEvent("endEvent_member")
                .moveToLastGateway().condition("нет", "${membershipCheck != 'MATCH'}").endEvent("endEvent_stranger")
                .done();

        assertThatThrownBy(() -> repository.createDeployment().name(NAME).addModelInstance(FILE, refused).deploy())
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining(FILE + " → userTask_review «Рассмотрение»")
                .hasMessageContaining("${someOtherBean.method()}");
        repository.createDeployment().name(NAME).addModelInstance(FILE, allowed).deploy();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("process_check").count()).isOne();
    }

    @Test
    void everyProblemOfEveryFileIsInTheOneRefusal() {
        String first = definitions("""
                <bpmn:serviceTask id="serviceTask_run" name="Выполнить" camunda:class="com.example.Steal" />""", "");
        String second = definitions("""
                <bpmn:userTask id="userTask_review" name="Рассмотрение" camunda:assignee="${dataSource.connection}" />""", "")
                .replace("process_check", "process_other");

        assertThatThrownBy(() -> repository.createDeployment().name(NAME)
                .addString("first.bpmn", first).addString("second.bpmn", second).deploy())
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("first.bpmn → serviceTask_run «Выполнить»")
                .hasMessageContaining("com.example.Steal")
                .hasMessageContaining("second.bpmn → userTask_review «Рассмотрение»")
                .hasMessageContaining("${dataSource.connection}");
        assertThat(repository.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    }

    @Test
    void aCaseModelIsRefused() {
        assertThatThrownBy(() -> repository.createDeployment().name(NAME).addString("case.cmmn", CASE).deploy())
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("case.cmmn");
    }

    // ---- decision tables: FEEL only ----

    static Stream<Arguments> forbiddenDecisions() {
        return Stream.of(
                Arguments.of("JUEL input expression", decision("expressionLanguage=\"juel\"", "someOtherBean.secret", "", "", ""),
                        "decision_discount «Скидка»", "someOtherBean.secret"),
                Arguments.of("Groovy input entry", decision("", "hasTicket", "expressionLanguage=\"groovy\"", "", ""),
                        "decision_discount «Скидка»", "groovy"),
                Arguments.of("JavaScript output entry", decision("", "hasTicket", "", "expressionLanguage=\"javascript\"", ""),
                        "decision_discount «Скидка»", "javascript"),
                Arguments.of("JUEL for the whole file", decision("", "hasTicket", "", "", "expressionLanguage=\"juel\""),
                        "", "juel"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenDecisions")
    void aDecisionTableInAnotherLanguageThanFeelIsRefused(String kind, String dmn, String element, String expression) {
        assertThatThrownBy(() -> repository.createDeployment().name(NAME).addString("discount.dmn", dmn).deploy())
                .isInstanceOf(DeploymentRefusedException.class)
                .hasMessageContaining("discount.dmn" + (element.isEmpty() ? "" : " → " + element))
                .hasMessageContaining(expression)
                .hasMessageContaining("FEEL");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("decision_discount").count()).isZero();
    }

    @Test
    void aDecisionTableInFeelIsDeployed() {
        repository.createDeployment().name(NAME)
                .addString("discount.dmn", decision("", "hasTicket", "", "", ""))
                .addString("explicit.dmn", decision("expressionLanguage=\"feel\"", "hasTicket", "", "", "")
                        .replace("decision_discount", "decision_explicit").replace("definitions_discount", "definitions_explicit"))
                .deploy();

        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("decision_discount").count()).isOne();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("decision_explicit").count()).isOne();
    }

    // ---- helpers ----

    private static void deploy(String file, String xml) {
        repository.createDeployment().name(NAME).addString(file, xml).deploy();
    }

    private static Arguments kind(String kind, String body, String roots, String element, String expression) {
        return Arguments.of(kind, body, roots, element, expression);
    }

    private static Arguments ok(String kind, String body) {
        return Arguments.of(kind, body, "");
    }

    private static Arguments ok(String kind, String body, String roots) {
        return Arguments.of(kind, body, roots);
    }

    static String definitions(String body, String roots) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="definitions_check" targetNamespace="http://unioncabinet.org/model-check">
                  <bpmn:process id="process_check" name="Проверка" isExecutable="true" camunda:historyTimeToLive="30">
                %s
                  </bpmn:process>
                %s
                </bpmn:definitions>
                """.formatted(body, roots);
    }

    static String decision(String inputExpression, String inputText, String inputEntry, String outputEntry,
            String definitions) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="definitions_discount" name="Скидки" namespace="http://unioncabinet.org/model-check" %s>
                  <decision id="decision_discount" name="Скидка" camunda:historyTimeToLive="30">
                    <decisionTable id="decisionTable_discount">
                      <input id="input_hasTicket" label="Есть билет">
                        <inputExpression id="inputExpression_hasTicket" typeRef="string" %s>
                          <text>%s</text>
                        </inputExpression>
                      </input>
                      <output id="output_discount" name="discount" typeRef="string" />
                      <rule id="rule_yes">
                        <inputEntry id="inputEntry_yes" %s><text>"yes"</text></inputEntry>
                        <outputEntry id="outputEntry_yes" %s><text>"10%%"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(definitions, inputExpression, inputText, inputEntry, outputEntry);
    }

    static final String CASE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL" id="definitions_case"
                targetNamespace="http://unioncabinet.org/model-check">
              <cmmn:case id="case_check" name="Кейс">
                <cmmn:casePlanModel id="casePlanModel_check" name="План" />
              </cmmn:case>
            </cmmn:definitions>
            """;

    /** The names a test model may use: the facades' real variables, and one bean of each kind. */
    static final class Vocabulary implements ModelVocabulary {

        static final Map<String, Class<?>> BEANS = Map.of(
                "checkMembershipDelegate", SomeDelegate.class,
                "labelApplicationTaskListener", SomeTaskListener.class,
                "auditListener", SomeExecutionListener.class,
                "registrationTimers", RegistrationTimers.class,
                "someOtherBean", SomeService.class,
                "dataSource", DataSource.class);

        @Override
        public Set<String> variables() {
            Set<String> names = new HashSet<>(DiagramVariables.declaredIn(RegistrationProcess.Variables.class).names());
            names.addAll(DiagramVariables.declaredIn(DocumentSigningProcess.Variables.class).names());
            return names;
        }

        @Override
        public Optional<Class<?>> beanType(String name) {
            return Optional.ofNullable(BEANS.get(name));
        }

        @Override
        public boolean isOwnCode(Class<?> type) {
            return type.getName().startsWith("org.unioncabinet.");
        }
    }

    static class SomeDelegate implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
        }
    }

    static class SomeTaskListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
        }
    }

    static class SomeExecutionListener implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
        }
    }

    static class SomeService {
        public String method() {
            return "";
        }
    }
}
