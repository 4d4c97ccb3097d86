package org.unioncabinet.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.ticket.MembershipLockout;
import org.unioncabinet.signing.DocumentSigningProcess;

/**
 * The registration diagrams on a second, standalone engine of their own (own database, same history
 * level and id generator as the app), where every {@code ${…Delegate}} and {@code ${…TaskListener}} is a
 * no-op: what the engine alone costs per journey. A second engine rather than the app's: replacing the
 * app's delegate beans would need another Spring context, and the cabinet phase needs the real ones.
 *
 * <p>The decisions the real delegates would take (registry match, valid code, the reviewer group)
 * are passed as variables when the driver completes the task before them.
 */
final class BareEngine implements AutoCloseable {

    private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+)(?:\\.\\w+\\(\\))?}");

    private final ProcessEngine engine;
    private final Map<String, String> formOfTask = new HashMap<>();

    BareEngine(DataSource dataSource, Map<String, Object> timers, String history) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>(List.of(resolver.getResources("classpath*:processes/*.bpmn")));
        resources.addAll(List.of(resolver.getResources("classpath*:forms/*.form")));
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noOp = execution -> { };
        TaskListener noOpListener = task -> { };
        for (Resource resource : resources) {
            String text = read(resource);
            Matcher bean = BEAN.matcher(text);
            while (bean.find()) {
                String name = bean.group(1);
                if (name.endsWith("Delegate")) {
                    beans.put(name, noOp);
                } else if (name.endsWith("TaskListener")) {
                    beans.put(name, noOpListener);
                } else if (name.endsWith("Timers")) {
                    // durations only, read from the app's configuration: the same timers as the app's, without side effects
                    beans.put(name, timers.get(name));
                }
            }
        }
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("benchmark-bare");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(history);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();

        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("benchmark");
        for (Resource resource : resources) {
            try (InputStream in = resource.getInputStream()) {
                deployment.addInputStream(resource.getFilename(), in);
            }
        }
        String deploymentId = deployment.deploy().getId();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deploymentId).list()) {
            engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> formOfTask.put(task.getId(), task.getCamundaFormRef()));
        }
    }

    /** One journey from account creation to its end, driven as the app drives it: jobs, message, tasks. */
    void journey(MemberData member) {
        String businessKey = member.email;
        // reviewerGroup comes from the submission delegate in the app, membershipLockout from the lockout check (no
        // wait for a member who never failed the registry check); here they are there from the start
        engine.getRuntimeService().startProcessInstanceByKey(RegistrationProcess.KEY, businessKey,
                Map.of(Variables.REVIEWER_GROUP.getName(), "ppoBenchmark",
                        Variables.MEMBERSHIP_LOCKOUT.getName(), MembershipLockout.State.OPEN.name()));
        runJobs(businessKey);
        engine.getRuntimeService().createMessageCorrelation(RegistrationProcess.Messages.ACCOUNT_CONFIRMED)
                .processInstanceBusinessKey(businessKey).correlateWithResult();
        for (int step = 0; step < 30; step++) {
            runJobs(businessKey);
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .active().list();
            if (tasks.isEmpty()) {
                return;
            }
            Task task = tasks.get(0);
            Map<String, Object> values = new HashMap<>(member.step(formOfTask.getOrDefault(task.getTaskDefinitionKey(), "")));
            values.putAll(decisionsAt(task.getTaskDefinitionKey()));
            engine.getTaskService().complete(task.getId(), values);
        }
        throw new IllegalStateException("The journey of " + businessKey + " does not end");
    }

    /** What the real service task after this user task would have decided. */
    private static Map<String, Object> decisionsAt(String taskDefinitionKey) {
        return switch (taskDefinitionKey) {
            case RegistrationProcess.Elements.ENTER_TICKET_DATA -> Map.of(Variables.MEMBERSHIP_CHECK.getName(), "MATCH");
            case DocumentSigningProcess.Elements.ENTER_CODE -> Map.of(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "VALID",
                    DocumentSigningProcess.Variables.SIGNING_OUTCOME.getName(), "SIGNED");
            case RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION -> Map.of(Variables.DECISION.getName(), "approve");
            default -> Map.of();
        };
    }

    private void runJobs(String businessKey) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                    .list().stream()
                    .map(ProcessInstance::getId)
                    .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).executable()
                            .list().stream())
                    .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
