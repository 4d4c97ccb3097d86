package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.CamundaWebappsClient;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.ProductionLogging;

/**
 * A reviewer's invalid decision, sent from Tasklist over real HTTP, is a refusal: 400 with the Russian message, the
 * task still open, and one log line, no stack trace, under the log levels of production (the test profile silences
 * the engine logger that printed it).
 */
@CabinetTest
@ExtendWith({OutputCaptureExtension.class, ProductionLogging.class})
class ReviewRefusalWebTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    Journeys journeys;
    @Autowired
    OrganisationSearch organisations;

    Task review;
    String reviewer;

    @BeforeEach
    void anApplicationUnderReview() {
        Journey journey = journeys.atJoinReview(Journeys.joinApplication(ReviewerTamperingTest.school(organisations)));
        review = journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION);
        reviewer = CamundaUsers.create(identity,
                (String) tasks.getVariable(review.getId(), Variables.REVIEWER_GROUP.getName()));
    }

    @AfterEach
    void deleteTheReviewer() {
        identity.deleteUser(reviewer);
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedWith400AndOneLogLine(CapturedOutput output) {
        CamundaWebappsClient tasklist = CamundaWebappsClient.loggedIntoTasklist(port, reviewer, CamundaUsers.PASSWORD);
        String task = "/camunda/api/engine/engine/default/task/" + review.getId();
        assertThat(tasklist.postJson(task + "/claim", "{\"userId\":\"" + reviewer + "\"}").statusCode()).isEqualTo(204);
        int before = output.getAll().length();

        HttpResponse<String> refused = tasklist.postJson(task + "/submit-form", """
                {"variables": {"decision": {"value": "reject", "type": "String"},
                               "rejectionReason": {"value": "  ", "type": "String"}}}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Укажите причину отказа: её увидит заявитель.");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("the task stays open").isOne();
        List<String> logged = Arrays.asList(output.getAll().substring(before).split("\\R"));
        assertThat(logged).filteredOn(line -> line.contains("Укажите причину отказа")).singleElement().asString()
                .contains("INFO");
        assertThat(logged).as("no stack trace").noneMatch(line -> line.startsWith("\tat ") || line.contains("ENGINE-"));
    }
}
