package org.unioncabinet.portal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.MemberTasks;

/**
 * Every member step is assigned to its member (the business key, the account id) when it is created, by the code
 * rather than the model: whichever diagram version it comes from, whatever a model or a reviewer adds. The portal
 * shows and completes a task only when it is a member step by its definition and assigned to the member asking.
 */
@Component
class MemberTaskAssignment extends AbstractProcessEnginePlugin {

    private static final TaskListener ASSIGN_TO_MEMBER =
            task -> task.setAssignee(task.getExecution().getProcessBusinessKey());

    private final List<MemberTasks> memberTasks;

    MemberTaskAssignment(List<MemberTasks> memberTasks) {
        this.memberTasks = memberTasks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
                if (memberTasks.stream().anyMatch(steps -> steps.contains(processKey, activity.getId()))
                        && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, ASSIGN_TO_MEMBER);
                }
            }
        });
    }
}
