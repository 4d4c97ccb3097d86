package org.unioncabinet.registration.migration;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registration.joining.Phones;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.registration.ticket.TicketVerification;
import org.unioncabinet.registry.MembershipClaim;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.system.MarkdownText;
import org.unioncabinet.system.MemberTasks;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.CamundaBpmData;
import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Moves what journeys of versions before the record left the process still hold in their variables (names, dates,
 * phones, the applicant's facts) into the records, through the engine's API: a check of variant 1, an application
 * of variant 2, the signer's name on the documents to sign, the review task's labels; then removes those variables.
 * Member steps those versions left unassigned are assigned to their member, and open reviews fingerprinted. Each
 * journey and its signing first move onto the latest version of their diagram ({@link LatestVersions}), so they
 * finish on the new code, diagrams and forms. Running it again changes nothing: a journey without such variables is
 * left alone.
 */
@Service
public class JourneyRecordsMigration {

    private static final Logger log = LoggerFactory.getLogger(JourneyRecordsMigration.class);

    /** The variables earlier versions kept, by their names then; nothing else names them any more. */
    static final class Legacy {
        static final VariableFactory<String> LAST_NAME = stringVariable("lastName");
        static final VariableFactory<String> FIRST_NAME = stringVariable("firstName");
        static final VariableFactory<String> MIDDLE_NAME = stringVariable("middleName");
        static final TextVariable<LocalDate> BIRTH_DATE = TextVariable.isoDate("birthDate");
        static final VariableFactory<String> TICKET_NUMBER = stringVariable("ticketNumber");
        static final VariableFactory<String> GENDER = stringVariable("gender");
        static final VariableFactory<String> PHONE = stringVariable("phone");
        static final VariableFactory<String> ORGANISATION_QUERY = stringVariable("organisationQuery");
        static final TextVariable<Long> EDUCATIONAL_ORGANISATION_ID = TextVariable.numericId("educationalOrganisationId");
        static final VariableFactory<String> UNIT = stringVariable("unit");
        static final VariableFactory<String> EMPLOYMENT_TYPE = stringVariable("employmentType");
        static final VariableFactory<Boolean> ADVERTISING_CONSENT = booleanVariable("advertisingConsent");
        static final VariableFactory<String> SIGNER_NAME = stringVariable("signerName");
        /** Everything of the member's that earlier versions kept, all text. */
        static final List<VariableFactory<String>> PERSONAL = Stream.of("lastName", "firstName", "middleName",
                "birthDate", "ticketNumber", "gender", "phone", "organisationQuery", "educationalOrganisationId", "unit",
                "employmentType", "birthDateText", "genderLabel", "employmentTypeLabel", "educationalOrganisationName",
                "applicantEmail", "submittedAtText", "signerName", "rejectionReason")
                .map(CamundaBpmData::stringVariable).toList();
        /** The review task's labels as earlier versions named them. */
        static final List<VariableFactory<String>> LABELS = Stream.of("signerName", "educationalOrganisationName",
                "submittedAtText").map(CamundaBpmData::stringVariable).toList();

        private Legacy() {
        }
    }

    /**
     * What a run did: the journeys it found, those whose record it moved, the instances (journeys and their signing)
     * it moved onto the latest version of their diagram, and those it had to leave on theirs.
     */
    public record Report(int journeys, int moved, int upgraded, int left) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TicketVerification tickets;
    private final JoinApplications applications;
    private final Documents documents;
    private final List<MemberTasks> memberTasks;
    private final ReviewTaskSnapshots snapshots;
    private final TransactionTemplate transaction;
    private final LatestVersions versions;

    JourneyRecordsMigration(RuntimeService runtime, TaskService tasks, TicketVerification tickets,
            JoinApplications applications, Documents documents, List<MemberTasks> memberTasks,
            ReviewTaskSnapshots snapshots, TransactionTemplate transaction, LatestVersions versions) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.tickets = tickets;
        this.applications = applications;
        this.documents = documents;
        this.memberTasks = memberTasks;
        this.snapshots = snapshots;
        this.transaction = transaction;
        this.versions = versions;
    }

    /** Every running registration journey, each in a transaction of its own. */
    public Report run() {
        List<ProcessInstance> journeys = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY).active().list();
        int moved = 0;
        int upgraded = 0;
        int left = 0;
        for (ProcessInstance journey : journeys) {
            List<ProcessInstance> instances = new ArrayList<>(List.of(journey));
            instances.addAll(runtime.createProcessInstanceQuery().superProcessInstanceId(journey.getId()).list());
            for (ProcessInstance instance : instances) {
                switch (versions.moveToLatest(instance)) {
                    case MOVED -> upgraded++;
                    case LEFT -> left++;
                    case ALREADY_LATEST -> { }
                }
            }
            if (Boolean.TRUE.equals(transaction.execute(status -> move(journey)))) {
                moved++;
            }
        }
        return new Report(journeys.size(), moved, upgraded, left);
    }

    /** @return whether the journey held anything to move */
    private boolean move(ProcessInstance journey) {
        boolean assigned = assignMemberSteps(journey);
        boolean moved = moveRecords(journey);
        fingerprintReview(journey);
        return moved || assigned;
    }

    /** An open review task made before reviews were fingerprinted gets its fingerprint as it is now. */
    private void fingerprintReview(ProcessInstance journey) {
        tasks.createTaskQuery().processInstanceId(journey.getId())
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).list()
                .forEach(review -> snapshots.takeIfMissing(tasks, runtime, review, RegistrationProcess.REVIEW_ANSWER));
    }

    /**
     * Member steps created before the code assigned them to their member: the portal shows only assigned ones. The
     * journey's own and those of its signing.
     */
    private boolean assignMemberSteps(ProcessInstance journey) {
        List<Task> unassigned = tasks.createTaskQuery().processInstanceBusinessKey(journey.getBusinessKey())
                .taskUnassigned().active().list().stream()
                .filter(task -> memberTasks.stream().anyMatch(steps -> steps.contains(
                        runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                                .singleResult().getProcessDefinitionKey(), task.getTaskDefinitionKey())))
                .toList();
        unassigned.forEach(task -> tasks.setAssignee(task.getId(), journey.getBusinessKey()));
        return !unassigned.isEmpty();
    }

    private boolean moveRecords(ProcessInstance journey) {
        String id = journey.getId();
        Optional<String> lastName = Legacy.LAST_NAME.from(runtime, id).getOptional();
        if (lastName.isEmpty()) {
            return false;
        }
        UUID accountId = UUID.fromString(journey.getBusinessKey());
        Optional<UUID> batchId = Variables.DOCUMENT_BATCH_ID.from(runtime, id).getOptional();
        Optional<Long> school = Legacy.EDUCATIONAL_ORGANISATION_ID.find(runtime, id);
        if (school.isPresent()) {
            UUID applicationId = applications.restore(accountId, new JoinApplications.JoinForm(lastName.get(),
                    Legacy.FIRST_NAME.from(runtime, id).get(), Legacy.MIDDLE_NAME.from(runtime, id).getOrNull(),
                    Legacy.GENDER.from(runtime, id).get(), Legacy.BIRTH_DATE.find(runtime, id).orElseThrow(),
                    Phones.normalize(Legacy.PHONE.from(runtime, id).get()),
                    Legacy.ORGANISATION_QUERY.from(runtime, id).getOrNull(), school.get(),
                    Legacy.UNIT.from(runtime, id).getOrNull(), Legacy.EMPLOYMENT_TYPE.from(runtime, id).get(),
                    Legacy.ADVERTISING_CONSENT.from(runtime, id).getOrDefault(false)), batchId);
            Variables.JOIN_APPLICATION_ID.on(runtime, id).set(applicationId);
            relabelReview(id, applicationId);
        } else if (Legacy.TICKET_NUMBER.from(runtime, id).getOptional().isPresent()) {
            UUID checkId = tickets.typed(accountId, new MembershipClaim(lastName.get(),
                    Legacy.FIRST_NAME.from(runtime, id).get(), Legacy.MIDDLE_NAME.from(runtime, id).getOrNull(),
                    Legacy.BIRTH_DATE.find(runtime, id).orElseThrow(),
                    typedTicket(Legacy.TICKET_NUMBER.from(runtime, id).get())));
            Variables.TICKET_CHECK_ID.on(runtime, id).set(checkId);
        }
        Legacy.SIGNER_NAME.from(runtime, id).getOptional()
                .ifPresent(name -> batchId.ifPresent(batch -> documents.nameHolder(batch, name)));
        Legacy.PERSONAL.forEach(variable -> variable.on(runtime, id).remove());
        runtime.createProcessInstanceQuery().superProcessInstanceId(id).processDefinitionKey(DocumentSigningProcess.KEY)
                .list().forEach(signing -> Legacy.SIGNER_NAME.on(runtime, signing.getId()).remove());
        log.info("Journey {}: its record moved out of the process", id);
        return true;
    }

    /** As typed, unless longer than the form now allows: then only its digits. */
    private static String typedTicket(String typed) {
        return typed.length() > TicketDataForm.MAX_TYPED ? TicketNumber.normalize(typed) : typed;
    }

    /** An open review task gets today's labels; the old ones, which named more, go. */
    private void relabelReview(String processInstanceId, UUID applicationId) {
        Task review = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION).singleResult();
        if (review == null) {
            return;
        }
        JoinApplications.Labels labels = applications.labels(applicationId);
        Legacy.LABELS.forEach(label -> label.on(tasks, review.getId()).removeLocal());
        Variables.APPLICANT_NAME_LABEL.on(tasks, review.getId()).setLocal(MarkdownText.literal(labels.applicantName()));
        Variables.SCHOOL_LABEL.on(tasks, review.getId())
                .setLocal(MarkdownText.literal(labels.educationalOrganisationName()));
        Variables.SUBMITTED_AT_LABEL.on(tasks, review.getId()).setLocal(labels.submittedAt());
    }
}
