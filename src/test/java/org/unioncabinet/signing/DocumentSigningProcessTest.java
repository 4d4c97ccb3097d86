package org.unioncabinet.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_EXPIRED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_LIFETIME_TIMER;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.CODE_REQUESTED;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.ENTER_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.EXHAUSTED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.SEND_CODE;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.SIGNED_END;
import static org.unioncabinet.signing.DocumentSigningProcess.Elements.VERIFY_CODE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.signing.Submitter;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.system.Sha256;

/** Every path of processes/document-signing.bpmn, called from variant 1. */
@CabinetTest
class DocumentSigningProcessTest {

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
    Documents documents;
    @Autowired
    SignatureRepository signatures;

    Journey journey;
    ProcessInstance signing;

    @BeforeEach
    void memberAboutToSign() {
        BpmnAwareTests.init(engine);
        RegistryFixtures.Entry member = registry.add("Смирнова", "Ольга", null, LocalDate.of(1990, 1, 31));
        journey = journeys.atConsentDocuments(member);
        journeys.complete(journey, Map.of());
        signing = journeys.signing(journey);
        assertThat(signing).isWaitingAt(SEND_CODE);
        execute(job(SEND_CODE, signing));
        assertThat(signing).isWaitingAt(ENTER_CODE);
    }

    @Test
    void theRightCodeSignsExactlyTheseBytesAndRecordsWhoWhenAndFromWhere() {
        String code = mails.lastCode(journey.email());
        Instant sent = Instant.now();

        enterCode(code, "203.0.113.7", "Mozilla/5.0 (Android)");

        assertThat(signing).isEnded().hasPassedInOrder(SEND_CODE, ENTER_CODE, VERIFY_CODE, SIGNED_END);
        List<Signature> records = signatures.findByAccountId(journey.account().getId());
        assertThat(records).hasSize(1);
        Signature record = records.get(0);
        assertThat(record.getDocumentSha256()).isEqualTo(Sha256.hex(documents.content(record.getDocumentId())));
        assertThat(record.getSignerEmail()).isEqualTo(journey.email());
        assertThat(record.getSignerAddress()).isEqualTo("203.0.113.7");
        assertThat(record.getSignerUserAgent()).isEqualTo("Mozilla/5.0 (Android)");
        assertThat(record.getSignatureAgreementVersion()).isEqualTo(1);
        Assertions.assertThat(record.getCodeEnteredAt()).isCloseTo(sent, Assertions.within(Duration.ofMinutes(1)));
        assertThat(variable(journey.process(), RegistrationProcess.Variables.SIGNING_OUTCOME.getName())).isEqualTo("SIGNED");
        assertThat(engine.getRuntimeService().getVariables(journey.process().getId()))
                .as("the code does not stay in the engine").doesNotContainKey(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName());
    }

    @Test
    void aWrongCodeAsksAgainWithTheAttemptsLeftAndTheRightOneStillWorks() {
        enterCode(otherThan(mails.lastCode(journey.email())), "198.51.100.1", "test");

        assertThat(signing).isWaitingAt(ENTER_CODE).variables()
                .containsEntry(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "WRONG")
                .containsEntry(DocumentSigningProcess.Variables.CODE_ATTEMPTS_LEFT.getName(), 4);
        enterCode(mails.lastCode(journey.email()), "198.51.100.1", "test");
        assertThat(signing).isEnded().hasPassed(SIGNED_END);
    }

    @Test
    void fiveWrongCodesVoidTheCodeAndSendTheMemberBackToTheDocuments() {
        String right = mails.lastCode(journey.email());
        for (int attempt = 1; attempt <= 5; attempt++) {
            enterCode(otherThan(right), "198.51.100.1", "test");
        }

        assertThat(signing).isEnded().hasPassed(EXHAUSTED_END).hasNotPassed(SIGNED_END);
        assertThat(journey.process()).isWaitingAt(RegistrationProcess.Elements.REVIEW_CONSENT_DOCUMENTS).variables()
                .containsEntry(RegistrationProcess.Variables.SIGNING_OUTCOME.getName(), "EXHAUSTED");
        assertThat(signatures.findByAccountId(journey.account().getId())).isEmpty();
    }

    @Test
    void anUnusedCodeExpiresByItsTimer() {
        Instant sent = Instant.now();
        Assertions.assertThat(job(CODE_LIFETIME_TIMER, signing).getDuedate().toInstant())
                .isCloseTo(sent.plus(Duration.ofMinutes(10)), Assertions.within(Duration.ofMinutes(2)));

        execute(job(CODE_LIFETIME_TIMER, signing));

        assertThat(signing).isEnded().hasPassed(CODE_EXPIRED_END);
        assertThat(journey.process()).isWaitingAt(RegistrationProcess.Elements.REVIEW_CONSENT_DOCUMENTS).variables()
                .containsEntry(RegistrationProcess.Variables.SIGNING_OUTCOME.getName(), "EXPIRED");
    }

    @Test
    void aCodeEnteredAfterItsLifetimeIsRefused() {
        jdbc.sql("UPDATE app.signing_code SET expires_at = now() - interval '1 second' WHERE account_id = :id")
                .param("id", journey.account().getId()).update();

        enterCode(mails.lastCode(journey.email()), "198.51.100.1", "test");

        assertThat(signing).isEnded().hasPassed(CODE_EXPIRED_END).hasNotPassed(SIGNED_END);
        assertThat(signatures.findByAccountId(journey.account().getId())).isEmpty();
    }

    @Test
    void aResentCodeReplacesTheOldOne() {
        String first = mails.lastCode(journey.email());

        engine.getRuntimeService().createMessageCorrelation(DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED)
                .processInstanceId(signing.getId()).correlate();
        assertThat(signing).isWaitingAt(SEND_CODE).hasPassed(CODE_REQUESTED);
        execute(job(SEND_CODE, signing));
        String second = mails.lastCode(journey.email());
        assertThat(mails.to(journey.email())).hasSize(3);

        // (Two random codes coincide once in a million runs; then the first one rightly works.)
        org.assertj.core.api.Assumptions.assumeThat(second).isNotEqualTo(first);

        enterCode(first, "198.51.100.1", "test");
        assertThat(signing).isWaitingAt(ENTER_CODE).variables()
                .containsEntry(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "WRONG");
        enterCode(second, "198.51.100.1", "test");
        assertThat(signing).isEnded().hasPassed(SIGNED_END);
    }

    @Test
    void theRightCodeSignsNothingWhenTheDocumentsChangedAfterItWasSent() {
        UUID batch = UUID.fromString(String.valueOf(
                variable(signing, DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID.getName())));
        jdbc.sql("UPDATE app.member_document SET sha256 = :other WHERE batch_id = :batch")
                .param("other", Sha256.hex("other bytes")).param("batch", batch).update();

        enterCode(mails.lastCode(journey.email()), "198.51.100.1", "test");

        assertThat(signing).isWaitingAt(ENTER_CODE).variables()
                .containsEntry(DocumentSigningProcess.Variables.CODE_CHECK.getName(), "WRONG");
        assertThat(signatures.findByAccountId(journey.account().getId())).isEmpty();
    }

    @Test
    void signatureRecordsCannotBeChanged() {
        enterCode(mails.lastCode(journey.email()), "198.51.100.1", "test");
        Signature record = signatures.findByAccountId(journey.account().getId()).get(0);

        Assertions.assertThatThrownBy(() -> jdbc.sql("UPDATE app.signature SET signer_email = 'x@y.z' WHERE id = :id")
                .param("id", record.getId()).update()).hasMessageContaining("append-only");
        Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM app.signature WHERE id = :id")
                .param("id", record.getId()).update()).hasMessageContaining("append-only");
    }

    private void enterCode(String code, String address, String userAgent) {
        engine.getTaskService().complete(journeys.task(journey).getId(), new Submitter(address, userAgent)
                .addTo(Variables.createVariables()
                        .putValue(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), code)));
    }

    private Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
