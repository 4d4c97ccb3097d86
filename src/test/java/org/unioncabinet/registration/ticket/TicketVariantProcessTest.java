package org.unioncabinet.registration.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.registration.RegistrationProcess.Elements.CHECK_MEMBERSHIP;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_CABINET;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_JOIN_APPLICATION;
import static org.unioncabinet.registration.RegistrationProcess.Elements.ENTER_TICKET_DATA;
import static org.unioncabinet.registration.RegistrationProcess.Elements.GIVE_CONSENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.LINK_MEMBERSHIP;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_CONFIRMED;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT;
import static org.unioncabinet.registration.RegistrationProcess.Elements.MEMBERSHIP_LOCKOUT_TIMER;
import static org.unioncabinet.registration.RegistrationProcess.Elements.PREPARE_CONSENT_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.RESET_MEMBERSHIP_CHECKS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.REVIEW_CONSENT_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.SIGN_DOCUMENTS;
import static org.unioncabinet.registration.RegistrationProcess.Elements.TICKET_TAKEN;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.support.RegistryFixtures.Entry;

/** Every path of variant 1 in processes/registration.bpmn: the registry check, consents, signing, the cabinet. */
@CabinetTest
class TicketVariantProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Journeys journeys;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Mails mails;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MemberSteps steps;
    @Autowired
    MockMvc mvc;

    Journey journey;
    Entry member;

    @BeforeEach
    void memberWithATicket() {
        BpmnAwareTests.init(engine);
        member = registry.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        journey = journeys.atTicketData();
    }

    @Test
    void aMatchLeadsThroughConsentsAndSigningIntoTheCabinet() {
        assertThat(journey.process()).isWaitingAt(ENTER_TICKET_DATA);

        enterTicketData("ВОРОБЬЕВА ", "анна", "Петровна", member.birthDate(), spaced(member.ticketNumber()));
        assertThat(journey.process()).isWaitingAt(GIVE_CONSENTS).variables()
                .containsEntry(RegistrationProcess.Variables.MEMBERSHIP_CHECK.getName(), "MATCH");

        journeys.complete(journey, Map.of(RegistrationProcess.Variables.PERSONAL_DATA_CONSENT.getName(), true,
                RegistrationProcess.Variables.ADVERTISING_CONSENT.getName(), true));
        assertThat(journey.process()).isWaitingAt(REVIEW_CONSENT_DOCUMENTS).variables()
                .containsKeys(RegistrationProcess.Variables.DOCUMENT_BATCH_ID.getName(),
                        RegistrationProcess.Variables.PERSONAL_DATA_CONSENT_DOCUMENT_ID.getName(),
                        RegistrationProcess.Variables.ADVERTISING_CONSENT_DOCUMENT_ID.getName());

        journeys.complete(journey, Map.of());
        assertThat(journey.process()).isWaitingAt(SIGN_DOCUMENTS);
        var signing = journeys.signing(journey);
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signing));
        assertThat(signing).isWaitingAt(DocumentSigningProcess.Elements.ENTER_CODE);

        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(journey.email())));
        assertThat(signing).isEnded().hasPassed(DocumentSigningProcess.Elements.SIGNED_END);
        assertThat(journey.process()).isWaitingAt(LINK_MEMBERSHIP);
        execute(job(journey.process()));

        assertThat(journey.process()).isWaitingAt(ENTER_CABINET);
        assertThat(linkedAccount(member)).isEqualTo(journey.account().getId().toString());
        assertThat(signatureCount()).as("one signature per consent document").isEqualTo(2);

        journeys.complete(journey, Map.of());
        assertThat(journey.process()).isEnded().hasPassedInOrder(ENTER_TICKET_DATA, CHECK_MEMBERSHIP, GIVE_CONSENTS,
                PREPARE_CONSENT_DOCUMENTS, REVIEW_CONSENT_DOCUMENTS, SIGN_DOCUMENTS, LINK_MEMBERSHIP, ENTER_CABINET,
                MEMBERSHIP_CONFIRMED);
    }

    @Test
    void aMismatchReturnsToTheSameFormWithWhatWasTypedThenAMatchGoesOn() {
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate().plusDays(1), member.ticketNumber());

        assertThat(journey.process()).isWaitingAt(ENTER_TICKET_DATA).variables()
                .containsEntry(RegistrationProcess.Variables.MEMBERSHIP_CHECK.getName(), "MISMATCH")
                .containsEntry(RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 1)
                .doesNotContainKeys(TicketDataForm.LAST_NAME.getName(), TicketDataForm.TICKET_NUMBER.getName());
        assertThat(steps.current(journey.account().getId()).orElseThrow().data())
                .as("the form shows what was typed, from the check's row")
                .containsEntry(TicketDataForm.LAST_NAME.getName(), "Воробьёва")
                .containsEntry(TicketDataForm.TICKET_NUMBER.getName(), member.ticketNumber());
        assertThat(jdbc.sql("SELECT result FROM app.ticket_check WHERE account_id = :id").param("id",
                journey.account().getId()).query(String.class).list()).as("the check is recorded").containsExactly("MISMATCH");

        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        assertThat(journey.process()).isWaitingAt(GIVE_CONSENTS);
    }

    @Test
    void tooManyMismatchesLockTheCheckUntilTheWaitIsOver() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            enterTicketData("Иванова", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
            assertThat(journey.process()).isWaitingAt(ENTER_TICKET_DATA);
        }
        Instant lockedAt = Instant.now();
        enterTicketData("Иванова", "Анна", "Петровна", member.birthDate(), member.ticketNumber());

        assertThat(journey.process()).isWaitingAt(MEMBERSHIP_LOCKOUT).variables()
                .containsEntry(RegistrationProcess.Variables.MEMBERSHIP_CHECK.getName(), "LOCKED_OUT");
        Assertions.assertThat(job(MEMBERSHIP_LOCKOUT_TIMER, journey.process()).getDuedate().toInstant())
                .isCloseTo(lockedAt.plus(Duration.ofHours(1)), Assertions.within(Duration.ofMinutes(5)));

        execute(job(MEMBERSHIP_LOCKOUT_TIMER, journey.process()));
        assertThat(journey.process()).isWaitingAt(ENTER_TICKET_DATA).hasPassed(RESET_MEMBERSHIP_CHECKS).variables()
                .containsEntry(RegistrationProcess.Variables.FAILED_MEMBERSHIP_CHECKS.getName(), 0);
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        assertThat(journey.process()).isWaitingAt(GIVE_CONSENTS);
    }

    @Test
    void theLockoutPageOffersTheJoinApplicationAtOnceAndAnsweringYesAgainReturnsToTheSameWait() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            enterTicketData("Иванова", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        }
        assertThat(journey.process()).isWaitingAt(MEMBERSHIP_LOCKOUT);
        Instant retryAt = job(MEMBERSHIP_LOCKOUT_TIMER, journey.process()).getDuedate().toInstant();
        MockHttpSession session = MemberLogin.session(mvc, journey.email());

        String page = mvc.perform(get("/cabinet").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Данные не подтверждены", "Повторить проверку можно после",
                        "Обратитесь в первичную профсоюзную организацию", "action=\"/cabinet/join-instead\"",
                        "Подать заявление о вступлении")
                .as("nothing from the registry").doesNotContain("Воробьёва");

        mvc.perform(post("/cabinet/join-instead").with(csrf()).session(session)).andExpect(redirectedUrl("/cabinet"));
        assertThat(journey.process()).isWaitingAt(ENTER_JOIN_APPLICATION);
        mvc.perform(post("/cabinet/join-instead").with(csrf()).session(session)).andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("notice", JoinInsteadController.NOT_WAITING));

        engine.getRuntimeService().createMessageCorrelation(RegistrationProcess.Messages.BACK_TO_TICKET_QUESTION)
                .processInstanceId(journey.process().getId()).correlate();
        journeys.complete(journey, Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), "yes"));
        assertThat(journey.process()).isWaitingAt(MEMBERSHIP_LOCKOUT);
        Assertions.assertThat(job(MEMBERSHIP_LOCKOUT_TIMER, journey.process()).getDuedate().toInstant())
                .as("the rest of the same wait").isEqualTo(retryAt);
    }

    @Test
    void aTicketLinkedToAnotherAccountIsToldApart() {
        Journey first = journey;
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        jdbc.sql("UPDATE app.registry_member SET account_id = :other WHERE id = :id")
                .param("other", journeys.atTheQuestion().account().getId()).param("id", member.id()).update();

        Journey second = journeys.atTicketData();
        journey = second;
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());

        assertThat(second.process()).isWaitingAt(ENTER_TICKET_DATA).variables()
                .containsEntry(RegistrationProcess.Variables.MEMBERSHIP_CHECK.getName(), "TICKET_TAKEN");
        assertThat(first.process()).isWaitingAt(GIVE_CONSENTS);
    }

    @Test
    void ofTwoMembersWhoPassedTheCheckWithOneTicketTheFirstToSignHasItAndTheOtherIsToldWhatHappened() {
        Journey slower = journey;
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        Journey faster = journeys.atTicketData();
        journey = faster;
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        assertThat(slower.process()).isWaitingAt(GIVE_CONSENTS);
        assertThat(faster.process()).isWaitingAt(GIVE_CONSENTS);

        consentAndSign(faster);
        execute(job(faster.process()));
        assertThat(faster.process()).isWaitingAt(ENTER_CABINET);

        consentAndSign(slower);
        execute(job(slower.process()));

        assertThat(slower.process()).isWaitingAt(TICKET_TAKEN).hasNotPassed(ENTER_CABINET);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(slower.process().getId())
                .count()).as("the member's situation, not an operator's").isZero();
        assertThat(steps.current(slower.account().getId()).orElseThrow().form().id()).isEqualTo("ticketTaken");
        assertThat(linkedAccount(member)).isEqualTo(faster.account().getId().toString());

        journey = slower;
        journeys.complete(slower, Map.of());
        assertThat(slower.process()).isWaitingAt(ENTER_TICKET_DATA);
        enterTicketData("Воробьёва", "Анна", "Петровна", member.birthDate(), member.ticketNumber());
        assertThat(slower.process()).isWaitingAt(ENTER_TICKET_DATA).variables()
                .containsEntry(RegistrationProcess.Variables.MEMBERSHIP_CHECK.getName(), "TICKET_TAKEN");
    }

    /** From the consents to the link: no advertising consent, the documents read, the mailed code entered. */
    private void consentAndSign(Journey member) {
        journeys.complete(member, Map.of(RegistrationProcess.Variables.PERSONAL_DATA_CONSENT.getName(), true,
                RegistrationProcess.Variables.ADVERTISING_CONSENT.getName(), false));
        journeys.complete(member, Map.of());
        var signing = journeys.signing(member);
        execute(job(DocumentSigningProcess.Elements.SEND_CODE, signing));
        journeys.complete(member, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(member.email())));
        assertThat(member.process()).isWaitingAt(LINK_MEMBERSHIP);
    }

    private void enterTicketData(String lastName, String firstName, String middleName, LocalDate birthDate,
            String ticketNumber) {
        Map<String, Object> values = new HashMap<>();
        values.put(TicketDataForm.LAST_NAME.getName(), lastName);
        values.put(TicketDataForm.FIRST_NAME.getName(), firstName);
        values.put(TicketDataForm.MIDDLE_NAME.getName(), middleName);
        values.put(TicketDataForm.BIRTH_DATE.getName(), birthDate.toString());
        values.put(TicketDataForm.TICKET_NUMBER.getName(), ticketNumber);
        journeys.complete(journey, values);
    }

    private static String spaced(String ticket) {
        return ticket.substring(0, 4) + " " + ticket.substring(4, 8) + "-" + ticket.substring(8, 12) + " "
                + ticket.substring(12);
    }

    private String linkedAccount(Entry entry) {
        return jdbc.sql("SELECT account_id::text FROM app.registry_member WHERE id = :id").param("id", entry.id())
                .query(String.class).single();
    }

    private int signatureCount() {
        return jdbc.sql("SELECT count(*) FROM app.signature WHERE account_id = :id")
                .param("id", journey.account().getId()).query(Integer.class).single();
    }
}
