package org.unioncabinet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.account.Account;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.confirmation.EmailConfirmation;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.signing.Submitter;

/** Brings a new member's journey to a given step through the real services, for tests of later steps. */
@TestComponent
public class Journeys {

    /** Who submits the steps of these journeys, as the signature records it. */
    public static final Submitter SUBMITTER = new Submitter("127.0.0.1", "Journeys (test)");

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
    private final MemberSteps steps;

    public Journeys(Members members, Jobs jobs, Mails mails, EmailConfirmation confirmation, TaskService tasks,
            RuntimeService runtime, MemberSteps steps) {
        this.members = members;
        this.jobs = jobs;
        this.mails = mails;
        this.confirmation = confirmation;
        this.tasks = tasks;
        this.runtime = runtime;
        this.steps = steps;
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
        complete(journey, Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), "yes"));
        return journey;
    }

    /** Variant 1 checked against the registry and consented: waiting at «Ознакомление с согласием» to sign. */
    public Journey atConsentDocuments(RegistryFixtures.Entry member) {
        Journey journey = atTicketData();
        Map<String, Object> ticketData = new HashMap<>(Map.of(TicketDataForm.LAST_NAME.getName(), member.lastName(),
                TicketDataForm.FIRST_NAME.getName(), member.firstName(),
                TicketDataForm.BIRTH_DATE.getName(), member.birthDate().toString(),
                TicketDataForm.TICKET_NUMBER.getName(), member.ticketNumber()));
        if (member.middleName() != null) {
            ticketData.put(TicketDataForm.MIDDLE_NAME.getName(), member.middleName());
        }
        complete(journey, ticketData);
        complete(journey, Map.of(Variables.PERSONAL_DATA_CONSENT.getName(), true,
                Variables.ADVERTISING_CONSENT.getName(), false));
        return journey;
    }

    /** Answered «Нет»: waiting at the join application form of variant 2. */
    public Journey atJoinApplication() {
        Journey journey = atTheQuestion();
        complete(journey, Map.of(Variables.HAS_TICKET.getName(), "no"));
        return journey;
    }

    /** A complete, valid join application for the given educational organisation, as the form sends it. */
    public static Map<String, Object> joinApplication(long educationalOrganisationId) {
        Map<String, Object> form = new HashMap<>();
        form.put(JoinApplicationForm.LAST_NAME.getName(), "Соколова");
        form.put(JoinApplicationForm.FIRST_NAME.getName(), "Мария");
        form.put(JoinApplicationForm.MIDDLE_NAME.getName(), "Ивановна");
        form.put(JoinApplicationForm.GENDER.getName(), "female");
        form.put(JoinApplicationForm.BIRTH_DATE.getName(), "1996-04-12");
        form.put(JoinApplicationForm.PHONE.getName(), "8 (916) 123-45-67");
        form.put(JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), String.valueOf(educationalOrganisationId));
        form.put(JoinApplicationForm.EMPLOYMENT_TYPE.getName(), "employee");
        form.put(JoinApplicationForm.PERSONAL_DATA_CONSENT.getName(), true);
        form.put(JoinApplicationForm.ADVERTISING_CONSENT.getName(), false);
        return form;
    }

    /** Variant 2 applied, documents signed with the mailed code, waiting for the primary organisation's review. */
    public Journey atJoinReview(Map<String, Object> application) {
        Journey journey = atJoinApplication();
        complete(journey, application);
        complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        assertThat(taskOf(journey, RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION)).isNotNull();
        return journey;
    }

    /** Variant 1 to the end: checked against the registry, consented, signed, linked to the record: a member. */
    public Journey atMember(RegistryFixtures.Entry member) {
        Journey journey = atConsentDocuments(member);
        complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        return journey;
    }

    /** The primary organisation decides on the application under review («approve» or «reject»), mails follow. */
    public void decide(Journey journey, String decision, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put(Variables.DECISION.getName(), decision);
        values.put(Variables.REJECTION_REASON.getName(), reason);
        tasks.complete(taskOf(journey, RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).getId(), values);
        jobs.runDue(journey.businessKey());
    }

    /**
     * Submits the member's only waiting step with the given values, through the portal's own service (its form's
     * rules, the record the step keeps), as the browser does.
     */
    public void complete(Journey journey, Map<String, Object> values) {
        assertThat(steps.submit(journey.account().getId(), task(journey).getId(), values, SUBMITTER))
                .isInstanceOf(MemberSteps.Submission.Completed.class);
    }

    /** The member's own waiting step: assigned to them (reviewers' tasks have candidate groups instead). */
    public Task task(Journey journey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(journey.businessKey())
                .taskAssignee(journey.businessKey()).active().singleResult();
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
