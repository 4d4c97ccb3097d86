package org.unioncabinet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.account.Account;
import org.unioncabinet.registration.EmailConfirmation;
import org.unioncabinet.registration.RegistrationProcess;

/** Brings a new member's journey to a given step through the real services, for tests of later steps. */
@TestComponent
public class Journeys {

    /** A member and their registration process. */
    public record Journey(String email, Account account, ProcessInstance process) {
        public String businessKey() {
            return account.getId().toString();
        }
    }

    private final Members members;
    private final Jobs jobs;
    private final Mails mails;
    private final EmailConfirmation confirmation;
    private final TaskService tasks;
    private final RuntimeService runtime;

    public Journeys(Members members, Jobs jobs, Mails mails, EmailConfirmation confirmation, TaskService tasks,
            RuntimeService runtime) {
        this.members = members;
        this.jobs = jobs;
        this.mails = mails;
        this.confirmation = confirmation;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Registered, confirmed, waiting at «У Вас есть электронный профсоюзный билет?». */
    public Journey atTheQuestion() {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        assertThat(confirmation.follow(mails.lastToken(email))).isInstanceOf(EmailConfirmation.Outcome.Confirmed.class);
        return new Journey(email, account, members.journey(account));
    }

    /** Answered «Да»: waiting at the e-ticket data form of variant 1. */
    public Journey atTicketData() {
        Journey journey = atTheQuestion();
        complete(journey, Map.of(RegistrationProcess.Variables.HAS_TICKET, "yes"));
        return journey;
    }

    /** Completes the member's only waiting task with the given values. */
    public void complete(Journey journey, Map<String, Object> values) {
        tasks.complete(task(journey).getId(), values);
    }

    /** The member's own waiting task (reviewers' tasks, with candidate groups, are not theirs). */
    public Task task(Journey journey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey()).withoutCandidateGroups()
                .active().singleResult();
    }

    public Task taskOf(Journey journey, String taskDefinitionKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey())
                .taskDefinitionKey(taskDefinitionKey).active().singleResult();
    }

    /** The signing sub-process the journey is in, if any. */
    public ProcessInstance signing(Journey journey) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(journey.process().getId()).singleResult();
    }
}
