package org.unioncabinet.registration.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.account.Account;
import org.unioncabinet.documents.DocumentKind;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.JoinApplicant;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * Journeys of the version that kept members' data in their variables, as it left them, moved by the operator's
 * {@code --migrate-journeys}: their data lands in the records, leaves the process, and the journeys finish.
 */
@CabinetTest
class JourneyRecordsMigrationTest {

    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";
    /**
     * The earlier version each test deploys, removed after it with whatever still runs on it (the version before it is
     * the latest again). Today's version, which a test deploys over it, stays: it is the repository's diagram, and the
     * migration moves journeys of other tests onto it too.
     */
    static final String EARLIER = "journey-records-migration-test-earlier";
    static final String REVIEW_FORM = "join-application-review.form";
    /** What the review form of the earlier version showed: the applicant's facts, from the process. */
    static final String EARLIER_REVIEW_TEXT = "### Заявление о вступлении в Профсоюз\\n\\nФИО: {{lastName}} {{firstName}} "
            + "{{middleName}}\\nДата рождения: {{birthDateText}}\\nТелефон: {{phone}}\\nEmail: {{applicantEmail}}";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JourneyRecordsMigration migration;
    @Autowired
    Members members;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    Documents documents;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    MemberSteps steps;
    @Autowired
    MembershipCheck registry;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistryFixtures registryFixtures;

    @BeforeEach
    void journeysOfTheVersionBeforeTheRecord() {
        BpmnAwareTests.init(engine);
        deploy(earlierDiagram(), true);
    }

    @AfterEach
    void backToTheDiagramsOfTheRepository() {
        engine.getRepositoryService().createDeploymentQuery().deploymentName(EARLIER).list().forEach(
                deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true, true));
    }

    @Test
    void anApplicationAwaitingItsSignatureMovesIntoItsRowAndIsAdmittedFromIt() {
        OrganisationHit school = organisations.search(SCHOOL, 5).stream()
                .filter(hit -> SCHOOL.equals(hit.shortName())).findFirst().orElseThrow();
        Account account = members.register(Members.newEmail());
        UUID batch = documents.prepareJoinDocuments(account.getId(), new JoinApplicant("Старова", "Нина", "Павловна",
                "female", LocalDate.of(1980, 2, 3), "+79031112233", account.getEmail(), school.fullName(),
                school.primaryOrganisation(), "Начальные классы", "employee"), false);
        // what the earlier version wrote: documents without the signer's name, everything else in the journey
        jdbc.sql("UPDATE app.member_document SET holder_name = NULL WHERE batch_id = :batch").param("batch", batch).update();
        VariableMap legacy = Variables.createVariables()
                .putValue("hasTicket", "no").putValue("lastName", "Старова").putValue("firstName", "Нина")
                .putValue("middleName", "Павловна").putValue("gender", "female").putValue("birthDate", "1980-02-03")
                .putValue("phone", "+79031112233").putValue("organisationQuery", "сош 15 васильевск")
                .putValue("educationalOrganisationId", String.valueOf(school.id())).putValue("unit", "Начальные классы")
                .putValue("employmentType", "employee").putValue("personalDataConsent", true)
                .putValue("advertisingConsent", false).putValue("documentBatchId", batch.toString())
                .putValue("joinApplicationDocumentId", idOf(batch, DocumentKind.JOIN_APPLICATION))
                .putValue("personalDataConsentDocumentId", idOf(batch, DocumentKind.PERSONAL_DATA_CONSENT))
                .putValue("signerName", "Старова Нина Павловна").putValue("birthDateText", "03.02.1980")
                .putValue("genderLabel", "Женский").putValue("employmentTypeLabel", "Работник")
                .putValue("educationalOrganisationName", school.shortName()).putValue("applicantEmail", account.getEmail());
        Journey journey = legacyJourney(account, Elements.REVIEW_JOIN_DOCUMENTS, legacy);

        String today = deploy(todaysDiagram(), false);

        JourneyRecordsMigration.Report report = migration.run();

        assertThat(report.moved()).isEqualTo(1);
        assertThat(report.upgraded()).as("the journey, onto today's version").isPositive();
        assertThat(report.left()).isZero();
        assertThat(definitionOf(journey)).isEqualTo(today);
        Map<String, Object> variables = engine.getRuntimeService().getVariables(journey.process().getId());
        assertThat(variables).as("nothing of hers left in the process")
                .doesNotContainKeys("lastName", "firstName", "middleName", "birthDate", "phone", "unit", "gender",
                        "employmentType", "educationalOrganisationId", "organisationQuery", "signerName",
                        "birthDateText", "genderLabel", "employmentTypeLabel", "educationalOrganisationName",
                        "applicantEmail")
                .containsKey(RegistrationProcess.Variables.JOIN_APPLICATION_ID.getName());
        assertThat(jdbc.sql("SELECT last_name, birth_date, phone, unit, status, document_batch_id FROM app.join_application "
                + "WHERE account_id = :id").param("id", account.getId()).query().singleRow())
                .containsEntry("last_name", "Старова").containsEntry("birth_date", java.sql.Date.valueOf("1980-02-03"))
                .containsEntry("phone", "+79031112233").containsEntry("unit", "Начальные классы")
                .containsEntry("status", "DRAFT").containsEntry("document_batch_id", batch);
        assertThat(jdbc.sql("SELECT DISTINCT holder_name FROM app.member_document WHERE batch_id = :batch")
                .param("batch", batch).query(String.class).list()).containsExactly("Старова Нина Павловна");
        assertThat(steps.current(account.getId()).orElseThrow().data()).as("her review form, from the row")
                .containsEntry("lastName", "Старова").containsEntry("birthDateText", "03.02.1980");

        assertThat(migration.run()).as("a second run finds nothing to do")
                .isEqualTo(new JourneyRecordsMigration.Report(report.journeys(), 0, 0, 0));

        // the journey finishes on today's code
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        var review = journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION);
        assertThat(engine.getTaskService().getVariablesLocal(review.getId()))
                .containsEntry(RegistrationProcess.Variables.APPLICANT_NAME_LABEL.getName(), "Старова Нина Павловна");
        assertThat(reviewFormOf(review)).as("Tasklist shows today's review form, which links the facts")
                .contains("Все сведения заявления").doesNotContain("{{lastName}}");
        engine.getTaskService().complete(review.getId(), Map.of("decision", "approve"));
        jobs.runDue(journey.businessKey());

        assertThat(journey.process()).isEnded().hasPassed(Elements.MEMBER_ADMITTED);
        assertThat(registry.ofAccount(account.getId()).orElseThrow())
                .extracting("lastName", "firstName", "middleName", "birthDate")
                .containsExactly("Старова", "Нина", "Павловна", LocalDate.of(1980, 2, 3));
    }

    @Test
    void aTicketCheckToTryAgainMovesIntoItsRowAndTheFormStillShowsWhatWasTypedOnAStepAssignedToHer() {
        Account account = members.register(Members.newEmail());
        VariableMap legacy = Variables.createVariables()
                .putValue("hasTicket", "yes").putValue("lastName", "Старова").putValue("firstName", "Нина")
                .putValue("birthDate", "1980-02-03").putValue("ticketNumber", "7740 1588 1399 8693")
                .putValue("membershipCheck", "MISMATCH").putValue("failedMembershipChecks", 1);
        Journey journey = legacyJourney(account, Elements.ENTER_TICKET_DATA, legacy);
        // that version left member steps unassigned: the portal told them apart by their lack of candidate groups
        String step = engine.getTaskService().createTaskQuery().processInstanceId(journey.process().getId())
                .singleResult().getId();
        engine.getTaskService().setAssignee(step, null);

        assertThat(migration.run().moved()).isEqualTo(1);

        assertThat(engine.getTaskService().createTaskQuery().taskId(step).singleResult().getAssignee())
                .as("her step is hers again").isEqualTo(account.getId().toString());
        assertThat(engine.getRuntimeService().getVariables(journey.process().getId()))
                .doesNotContainKeys("lastName", "firstName", "birthDate", "ticketNumber")
                .containsEntry("membershipCheck", "MISMATCH").containsEntry("failedMembershipChecks", 1)
                .containsKey(RegistrationProcess.Variables.TICKET_CHECK_ID.getName());
        assertThat(steps.current(account.getId()).orElseThrow().data())
                .containsEntry("lastName", "Старова").containsEntry("birthDate", "1980-02-03")
                .containsEntry("ticketNumber", "7740 1588 1399 8693");
    }

    @Test
    void aJourneyAboutToLinkItsTicketMovesOntoTodaysVersionAndATicketTakenMeanwhileEndsOnItsPage() {
        RegistryFixtures.Entry member = registryFixtures.add("Старова", "Нина", "Павловна", LocalDate.of(1980, 2, 3));
        Account account = members.register(Members.newEmail());
        VariableMap legacy = Variables.createVariables()
                .putValue("hasTicket", "yes").putValue("membershipCheck", "MATCH").putValue("failedMembershipChecks", 0)
                .putValue("registryMemberId", member.id().toString()).putValue("signingOutcome", "SIGNED");
        Journey journey = legacyJourney(account, Elements.LINK_MEMBERSHIP, legacy);
        String earlier = definitionOf(journey);
        jdbc.sql("UPDATE app.registry_member SET account_id = :other WHERE id = :id")
                .param("other", members.register(Members.newEmail()).getId()).param("id", member.id()).update();
        String today = deploy(todaysDiagram(), false);

        assertThat(migration.run().left()).isZero();

        assertThat(definitionOf(journey)).isEqualTo(today).isNotEqualTo(earlier);
        assertThat(journey.process()).isWaitingAt(Elements.LINK_MEMBERSHIP);
        jobs.runDue(journey.businessKey());
        assertThat(journey.process()).isWaitingAt(Elements.TICKET_TAKEN);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(journey.process().getId())
                .count()).isZero();
        assertThat(steps.current(account.getId()).orElseThrow().form().id()).isEqualTo("ticketTaken");
    }

    /** Today's registration.bpmn without the ticket-taken path it added, as the version before it was. */
    private static String earlierDiagram() {
        String earlier = todaysDiagram()
                .replaceAll("(?s)<bpmn:boundaryEvent id=\"errorBoundary_ticketTaken\".*?</bpmn:boundaryEvent>\\s*", "")
                .replaceAll("(?s)<bpmn:userTask id=\"userTask_ticketTaken\".*?</bpmn:userTask>\\s*", "")
                .replaceAll("<bpmn:sequenceFlow id=\"sequenceFlow_(toTicketTaken|ticketTakenEnterAgain)\"[^>]*/>\\s*", "")
                .replaceAll("<bpmn:incoming>sequenceFlow_ticketTakenEnterAgain</bpmn:incoming>\\s*", "")
                .replaceAll("<bpmn:error id=\"error_ticketTaken\"[^>]*/>\\s*", "")
                .replaceAll("(?s)<bpmndi:BPMNShape id=\"(userTask|errorBoundary)_ticketTaken_di\".*?</bpmndi:BPMNShape>\\s*", "")
                .replaceAll("(?s)<bpmndi:BPMNEdge id=\"sequenceFlow_(toTicketTaken|ticketTakenEnterAgain)_di\".*?"
                        + "</bpmndi:BPMNEdge>\\s*", "");
        assertThat(earlier).doesNotContain("icketTaken");
        return earlier;
    }

    private static String todaysDiagram() {
        return read(Path.of("processes", "registration.bpmn"));
    }

    /** A version of the registration with every form of forms/, or the earlier review form; @return its id */
    private String deploy(String diagram, boolean earlierReviewForm) {
        var deployment = engine.getRepositoryService().createDeployment()
                .name(earlierReviewForm ? EARLIER : "journey-records-migration-test-today")
                .addString("registration.bpmn", diagram);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            forms.filter(file -> file.toString().endsWith(".form")).forEach(file -> {
                String name = file.getFileName().toString();
                String form = read(file);
                if (earlierReviewForm && name.equals(REVIEW_FORM)) {
                    form = form.replaceFirst("### Заявление о вступлении в Профсоюз[^\"]*",
                            Matcher.quoteReplacement(EARLIER_REVIEW_TEXT));
                    assertThat(form).contains("{{lastName}}");
                }
                deployment.addString(name, form);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deployment.deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String definitionOf(Journey journey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(journey.process().getId())
                .singleResult().getProcessDefinitionId();
    }

    private String reviewFormOf(org.camunda.bpm.engine.task.Task review) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(review.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A journey as the earlier version left it, waiting at the step, with its variables. */
    private Journey legacyJourney(Account account, String waitingAt, VariableMap variables) {
        ProcessInstance started = members.journey(account);
        engine.getRuntimeService().deleteProcessInstance(started.getId(), "replaced by the legacy journey of the test");
        ProcessInstance legacy = engine.getRuntimeService().createProcessInstanceByKey(RegistrationProcess.KEY)
                .businessKey(account.getId().toString()).setVariables(variables).startBeforeActivity(waitingAt)
                .execute();
        return new Journey(account.getEmail(), account, legacy);
    }

    private String idOf(UUID batch, DocumentKind kind) {
        return documents.batch(batch).stream().filter(document -> document.kind() == kind).map(MemberDocument::id)
                .findFirst().orElseThrow().toString();
    }
}
