package org.unioncabinet.correction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.portal.MemberSteps;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.RegistryFixtures;

/**
 * A correction statement signed and waiting for its primary organisation, for the tests of who may read it
 * (system.EndpointRefusalTest): a member linked to «Соколова Мария Ивановна», a PNG scan attached.
 */
@TestComponent
public class CorrectionVictims {

    /** The signature and header a PNG starts with: what the scan check looks at. */
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final Journeys journeys;
    private final Jobs jobs;
    private final Mails mails;
    private final RegistryFixtures fixtures;
    private final MembershipCheck membership;
    private final CorrectionJourney correction;
    private final MemberSteps steps;
    private final RuntimeService runtime;

    public CorrectionVictims(Journeys journeys, Jobs jobs, Mails mails, RegistryFixtures fixtures,
            MembershipCheck membership, CorrectionJourney correction, MemberSteps steps, RuntimeService runtime) {
        this.journeys = journeys;
        this.jobs = jobs;
        this.mails = mails;
        this.fixtures = fixtures;
        this.membership = membership;
        this.correction = correction;
        this.steps = steps;
        this.runtime = runtime;
    }

    /** @return the statement's id; its review task waits for the primary organisation of {@code school} */
    public UUID underReview(long school) {
        RegistryFixtures.Entry entry = fixtures.add("Петрова", "Мария", "Ивановна", LocalDate.of(1996, 4, 12));
        Journey member = journeys.atTheQuestion();
        membership.link(member.account().getId(), entry.id());
        runtime.deleteProcessInstance(member.process().getId(), "registered in the test's set-up");
        Scan scan = ((Scan.Checked.Accepted) Scan.check(PNG, "scan.png")).scan();
        assertThat(correction.start(member.account().getId(), Optional.of(scan))).isEmpty();
        submit(member, PersonalDataCorrectionProcess.Elements.ENTER_STATEMENT, Map.of("lastName", "Соколова",
                "firstName", "Мария", "middleName", "Ивановна", "birthDate", "1996-04-12",
                "educationalOrganisationId", String.valueOf(school), "reason", "Смена фамилии"));
        submit(member, PersonalDataCorrectionProcess.Elements.REVIEW_DOCUMENTS, Map.of());
        jobs.runDue(member.businessKey());
        submit(member, DocumentSigningProcess.Elements.ENTER_CODE,
                Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), mails.lastCode(member.email())));
        jobs.runDue(member.businessKey());
        Task review = journeys.taskOf(member, PersonalDataCorrectionProcess.Elements.REVIEW);
        assertThat(review).isNotNull();
        return UUID.fromString((String) runtime.getVariable(review.getProcessInstanceId(),
                PersonalDataCorrectionProcess.Variables.STATEMENT_ID.getName()));
    }

    private void submit(Journey member, String taskDefinitionKey, Map<String, Object> values) {
        Task task = journeys.taskOf(member, taskDefinitionKey);
        assertThat(steps.submit(member.account().getId(), task.getId(), values, Journeys.SUBMITTER))
                .isInstanceOf(MemberSteps.Submission.Completed.class);
    }
}
