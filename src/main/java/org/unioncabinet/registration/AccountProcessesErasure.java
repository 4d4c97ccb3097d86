package org.unioncabinet.registration;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet, first of all erasures: every process of the account (business key = account id: the
 * registration journey with its signing, a password reset, a registration-attempt notice) is deleted with a reason,
 * its pending mails and timers with it, and then their history, whose review task labels named the applicant.
 */
@Component
class AccountProcessesErasure implements PersonalDataErasure {

    static final String REASON = "cabinet closed by its member";

    private final RuntimeService runtime;
    private final HistoryService history;

    AccountProcessesErasure(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Erased erase(UUID accountId) {
        String businessKey = accountId.toString();
        List<String> running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
        // skip custom listeners (nothing is to be sent or recorded any more), externally terminated
        running.forEach(id -> runtime.deleteProcessInstance(id, REASON, true, true));
        List<String> orphans = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().map(ProcessInstance::getId).toList();
        if (!orphans.isEmpty()) {
            runtime.deleteProcessInstancesIfExists(orphans, REASON, true, true, false);
        }
        List<String> finished = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (!finished.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(finished);
        }
        return Erased.only("process instances: " + (running.size() + orphans.size()) + " running deleted (" + REASON
                + ")", "process history: " + finished.size() + " process instances deleted");
    }
}
