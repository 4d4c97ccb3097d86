package org.unioncabinet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;

/**
 * «Шаг N из M» as the diagrams give it, step by step through both variants: the question counts the longer
 * branch, each answer its own; signing (a called process) is its one step, the code.
 */
@CabinetTest
class StepPositionsTest {

    @Autowired
    Journeys journeys;
    @Autowired
    MemberSteps steps;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    OrganisationSearch organisations;

    @Test
    void variantTwoIsFourStepsAndTheQuestionCountsTheLongerBranch() {
        Journey journey = journeys.atTheQuestion();
        assertPosition(journey, RegistrationProcess.Elements.ANSWER_HAS_TICKET, 1, 6);

        journeys.complete(journey, Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), "no"));
        assertPosition(journey, RegistrationProcess.Elements.ENTER_JOIN_APPLICATION, 2, 4);

        String name = "МБОУ СОШ № 15 г. Васильевска";
        long school = organisations.search(name, 5).stream().filter(hit -> name.equals(hit.shortName())).findFirst()
                .orElseThrow().id();
        journeys.complete(journey, Journeys.joinApplication(school));
        assertPosition(journey, RegistrationProcess.Elements.REVIEW_JOIN_DOCUMENTS, 3, 4);

        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        assertPosition(journey, DocumentSigningProcess.Elements.ENTER_CODE, 4, 4);
    }

    @Test
    void variantOneIsSixSteps() {
        Journey journey = journeys.atTicketData();

        assertPosition(journey, RegistrationProcess.Elements.ENTER_TICKET_DATA, 2, 6);
    }

    private void assertPosition(Journey journey, String step, int number, int total) {
        MemberStep current = steps.current(journey.account().getId()).orElseThrow();
        assertThat(journeys.task(journey).getTaskDefinitionKey()).isEqualTo(step);
        assertThat(current.number()).as("number of %s", step).isEqualTo(number);
        assertThat(current.total()).as("steps in all at %s", step).isEqualTo(total);
    }
}
