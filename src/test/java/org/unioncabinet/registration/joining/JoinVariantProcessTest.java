package org.unioncabinet.registration.joining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ADMIT_MEMBER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.CHANGE_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ESCALATE_REVIEW;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBER_ADMITTED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_ADMISSION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_REJECTION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.NOTIFY_REVIEWERS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.PREPARE_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REMIND_REVIEWERS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_ESCALATION_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_REMINDER_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SIGN_JOIN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SUBMIT_JOIN_APPLICATION;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.review.CheckDecisionTaskListener;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;

/** Every path of variant 2 in processes/registration.bpmn: edit loop, approve, reject, reminder, escalation. */
@CabinetTest
class JoinVariantProcessTest {

    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Journeys journeys;
    @Autowired
    Mails mails;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    MembershipCheck registry;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MemberSteps steps;
    @Autowired
    Documents documents;

    Journey journey;
    OrganisationHit school;

    @BeforeEach
    void memberWithoutATicket() {
        BpmnAwareTests.init(engine);
        school = organisations.search(SCHOOL, 5).stream().filter(hit -> SCHOOL.equals(hit.shortName())).findFirst()
                .orElseThrow();
        journey = journeys.atTheQuestion();
        journeys.complete(journey, Map.of(Variables.HAS_TICKET.getName(), "no"));
        assertThat(journey.process()).isWaitingAt(ENTER_JOIN_APPLICATION);
    }

    @Test
    void anApprovedApplicationGetsANewTicketNumberByMail() {
        applyAndSign();
        String group = (String) variable(Variables.REVIEWER_GROUP.getName());
        assertThat(journeys.taskOf(journey, REVIEW_JOIN_APPLICATION)).hasCandidateGroup(group);
        assertThat(engine.getTaskService().getVariablesLocal(journeys.taskOf(journey, REVIEW_JOIN_APPLICATION).getId()))
                .as("what Tasklist lists the application by")
                .containsEntry(Variables.APPLICANT_NAME_LABEL.getName(), "Соколова Мария Ивановна")
                .containsEntry(Variables.SCHOOL_LABEL.getName(), SCHOOL)
                .containsKey(Variables.SUBMITTED_AT_LABEL.getName());
        assertThat(jdbc.sql("SELECT status FROM app.join_application WHERE account_id = :id")
                .param("id", journey.account().getId()).query(String.class).single()).isEqualTo("RECEIVED");

        decide("approve", null);
        execute(job(ADMIT_MEMBER, journey.process()));
        execute(job(NOTIFY_ADMISSION, journey.process()));

        assertThat(journey.process()).isEnded().hasPassedInOrder(ENTER_JOIN_APPLICATION, PREPARE_JOIN_DOCUMENTS,
                REVIEW_JOIN_DOCUMENTS, SIGN_JOIN_DOCUMENTS, SUBMIT_JOIN_APPLICATION, REVIEW_JOIN_APPLICATION,
                ADMIT_MEMBER, NOTIFY_ADMISSION, MEMBER_ADMITTED);
        RegistryMemberView member = registry.ofAccount(journey.account().getId()).orElseThrow();
        assertThat(TicketNumber.hasValidCheckDigit(member.ticketNumber())).isTrue();
        assertThat(member.lastName()).isEqualTo("Соколова");
        assertThat(mails.last(journey.email()).text()).contains(member.formattedTicketNumber());
    }

    @Test
    void changeDataReturnsToTheFormWithEverythingFilledIn() {
        apply();
        engine.getRuntimeService().createMessageCorrelation("JoinApplicationChangeRequested")
                .processInstanceId(journey.process().getId()).correlate();

        assertThat(journey.process()).isWaitingAt(ENTER_JOIN_APPLICATION).hasPassed(CHANGE_JOIN_APPLICATION);
        assertThat(steps.current(journey.account().getId()).orElseThrow().data())
                .as("the form shows the application again, from its row")
                .containsEntry(JoinApplicationForm.LAST_NAME.getName(), "Соколова")
                .containsEntry(JoinApplicationForm.PHONE.getName(), "+7 (916) 123-45-67")
                .containsEntry(JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), String.valueOf(school.id()))
                .as("the school's option, so the combobox shows its name")
                .containsEntry(JoinApplicationForm.ORGANISATION_OPTIONS.getName(), List.of(
                        new JoinApplicationForm.OrganisationOption(String.valueOf(school.id()), school.optionLabel())));
    }

    @Test
    void aRejectionTellsTheReasonAndTheMemberMayApplyAgain() {
        applyAndSign();

        decide("reject", "Вы не работаете в этой организации.");
        execute(job(NOTIFY_REJECTION, journey.process()));

        assertThat(journey.process()).isWaitingAt(ENTER_JOIN_APPLICATION).hasPassed(NOTIFY_REJECTION).variables()
                .containsEntry(Variables.DECISION.getName(), "reject");
        assertThat(mails.last(journey.email()).text()).contains("Вы не работаете в этой организации.");
        assertThat(jdbc.sql("SELECT status, decision, rejection_reason, decided_at IS NOT NULL AS decided "
                + "FROM app.join_application WHERE account_id = :id").param("id", journey.account().getId()).query()
                .singleRow()).as("the decision is recorded with the application")
                .containsEntry("status", "REJECTED").containsEntry("decision", "REJECT")
                .containsEntry("rejection_reason", "Вы не работаете в этой организации.").containsEntry("decided", true);
        assertThat(steps.current(journey.account().getId()).orElseThrow().data())
                .as("the form she applies again with shows why, and what she typed")
                .containsEntry(JoinApplicationForm.REJECTION_REASON.getName(), "Вы не работаете в этой организации.")
                .containsEntry(JoinApplicationForm.LAST_NAME.getName(), "Соколова");
        assertThat(registry.ofAccount(journey.account().getId())).isEmpty();
    }

    @Test
    void aDecisionWithoutItsReasonOrWithNoDecisionAtAllIsRefusedAndTheTaskStaysOpen() {
        applyAndSign();

        assertThatThrownBy(() -> decide("reject", " ")).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Укажите причину отказа");
        assertThatThrownBy(() -> decide("reject", "x".repeat(CheckDecisionTaskListener.MAX_REASON + 1)))
                .hasMessageContaining("не длиннее 1000 знаков");
        assertThatThrownBy(() -> decide("maybe", null)).hasMessageContaining("Выберите решение");

        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_APPLICATION);
        assertThat(variable(Variables.DECISION.getName())).as("nothing of a refused answer is kept").isNull();
    }

    @Test
    void theReviewersAreRemindedAndThenTheTerritorialOrganisationGetsTheApplication() {
        Instant submitted = Instant.now();
        submit(journey);
        String reviewer = reviewer((String) variable(Variables.REVIEWER_GROUP.getName()));
        reviewersTold(journey);
        assertThat(mails.last(reviewer).subject()).as("told when it arrived")
                .isEqualTo("Новое заявление о вступлении в Профсоюз");
        Assertions.assertThat(job(REVIEW_REMINDER_TIMER, journey.process()).getDuedate().toInstant())
                .isCloseTo(submitted.plus(Duration.ofDays(3)), Assertions.within(Duration.ofMinutes(5)));

        execute(job(REVIEW_REMINDER_TIMER, journey.process()));
        execute(job(REMIND_REVIEWERS, journey.process()));
        assertThat(mails.last(reviewer).subject()).contains("ожидает рассмотрения");
        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_APPLICATION);

        String territorial = (String) variable(Variables.ESCALATION_GROUP.getName());
        execute(job(REVIEW_ESCALATION_TIMER, journey.process()));
        execute(job(ESCALATE_REVIEW, journey.process()));
        assertThat(engine.getTaskService().getIdentityLinksForTask(journeys.taskOf(journey, REVIEW_JOIN_APPLICATION).getId()))
                .extracting(IdentityLink::getGroupId).contains((String) variable(Variables.REVIEWER_GROUP.getName()), territorial);
        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_APPLICATION).hasPassed(ESCALATE_REVIEW);
    }

    @Test
    void anExpiredCodeReturnsToTheDocumentsWithItsNoticeAndSigningAgainWorks() {
        apply();
        journeys.complete(journey, Map.of());
        var signing = journeys.signing(journey);
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signing));
        execute(job(DocumentSigningProcess.Elements.CODE_LIFETIME_TIMER, signing));

        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_DOCUMENTS).hasPassed(SIGN_JOIN_DOCUMENTS)
                .hasNotPassed(SUBMIT_JOIN_APPLICATION).variables()
                .containsEntry(Variables.SIGNING_OUTCOME.getName(), "EXPIRED");

        journeys.complete(journey, Map.of());
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, journeys.signing(journey)));
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        assertThat(journey.process()).isWaitingAt(SUBMIT_JOIN_APPLICATION);
    }

    @Test
    void concurrentApprovalsNeverIssueTheSameTicketNumber() throws Exception {
        List<Journey> applicants = new ArrayList<>(List.of(journey));
        for (int i = 1; i < 4; i++) {
            Journey next = journeys.atTheQuestion();
            journeys.complete(next, Map.of(Variables.HAS_TICKET.getName(), "no"));
            applicants.add(next);
        }
        applicants.forEach(this::applyAndSign);
        applicants.forEach(applicant -> decide(applicant, "approve", null));

        // the admissions run as jobs; run them all at the same moment, as job executors on several nodes would
        CyclicBarrier start = new CyclicBarrier(applicants.size());
        ExecutorService threads = Executors.newFixedThreadPool(applicants.size());
        try {
            List<Future<?>> admissions = new ArrayList<>();
            for (Journey applicant : applicants) {
                String jobId = job(ADMIT_MEMBER, applicant.process()).getId();
                admissions.add(threads.submit(() -> {
                    start.await();
                    engine.getManagementService().executeJob(jobId);
                    return null;
                }));
            }
            for (Future<?> admission : admissions) {
                admission.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> numbers = applicants.stream()
                .map(applicant -> registry.ofAccount(applicant.account().getId()).orElseThrow().ticketNumber()).toList();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(TicketNumber::hasValidCheckDigit);
    }

    private void apply() {
        apply(journey);
    }

    private void apply(Journey journey) {
        journeys.complete(journey, Journeys.joinApplication(school.id()));
        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_DOCUMENTS).variables()
                .containsKeys(Variables.JOIN_APPLICATION_DOCUMENT_ID.getName(), Variables.DOCUMENT_BATCH_ID.getName());
        assertThat(steps.current(journey.account().getId()).orElseThrow().data())
                .as("the member reads what the documents were made from")
                .containsEntry(JoinApplicationForm.PHONE.getName(), "+7 (916) 123-45-67")
                .containsEntry(JoinApplicationForm.EDUCATIONAL_ORGANISATION_NAME.getName(), SCHOOL);
        UUID application = Variables.JOIN_APPLICATION_DOCUMENT_ID.from(engine.getRuntimeService(), journey.process().getId())
                .get();
        assertThat(pdfText(documents.content(application))).as("the application to sign prints the phone as people read it")
                .contains("+7 (916) 123-45-67");
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void applyAndSign() {
        applyAndSign(journey);
    }

    private void applyAndSign(Journey journey) {
        submit(journey);
        reviewersTold(journey);
    }

    /** Applied, signed and passed to the registry: the reviewers are not told yet. */
    private void submit(Journey journey) {
        apply(journey);
        journeys.complete(journey, Map.of());
        var signing = journeys.signing(journey);
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signing));
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        assertThat(journey.process()).isWaitingAt(SUBMIT_JOIN_APPLICATION);
        execute(job(SUBMIT_JOIN_APPLICATION, journey.process()));
        assertThat(journey.process()).isWaitingAt(NOTIFY_REVIEWERS);
    }

    private void reviewersTold(Journey journey) {
        execute(job(NOTIFY_REVIEWERS, journey.process()));
        assertThat(journey.process()).isWaitingAt(REVIEW_JOIN_APPLICATION);
        assertThat(jdbc.sql("SELECT count(*) FROM app.signature WHERE account_id = :id")
                .param("id", journey.account().getId()).query(Integer.class).single())
                .as("the application and the consent").isEqualTo(2);
    }

    private void decide(String decision, String reason) {
        decide(journey, decision, reason);
    }

    private void decide(Journey journey, String decision, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put(Variables.DECISION.getName(), decision);
        values.put(Variables.REJECTION_REASON.getName(), reason);
        engine.getTaskService().complete(journeys.taskOf(journey, REVIEW_JOIN_APPLICATION).getId(), values);
    }

    private String reviewer(String group) {
        String id = "rev" + System.nanoTime();
        User user = identity.newUser(id);
        user.setEmail(id + "@example.ru");
        user.setPassword("Проверяющий-2026");
        identity.saveUser(user);
        identity.createMembership(id, group);
        return user.getEmail();
    }

    private Object variable(String name) {
        return engine.getRuntimeService().getVariable(journey.process().getId(), name);
    }
}
