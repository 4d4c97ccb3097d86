package org.unioncabinet.registration.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.support.CabinetTest;

/** With authorizations on, a reviewer sees and completes only their own organisation's tasks. */
@CabinetTest
class ReviewerAuthorizationTest {

    @Autowired
    ReviewerGroups groups;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    OrganisationSearch organisations;

    String reviewerA;
    String reviewerB;
    Task applicationA;
    Task applicationB;

    @BeforeEach
    void twoOrganisationsWithAnApplicationEach() {
        long a = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long b = a + 1;
        groups.ensureFor(new UnionOrganisations(a, "ППО школы А", a, "Территориальная организация А"));
        groups.ensureFor(new UnionOrganisations(b, "ППО школы Б", b, "Территориальная организация Б"));
        reviewerA = reviewer("a" + a, ReviewerGroups.primaryGroup(a));
        reviewerB = reviewer("b" + b, ReviewerGroups.primaryGroup(b));
        applicationA = application(ReviewerGroups.primaryGroup(a));
        applicationB = application(ReviewerGroups.primaryGroup(b));
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void aReviewerSeesOnlyTheirOrganisationsApplications() {
        signIn(reviewerA);

        List<String> visible = tasks.createTaskQuery().list().stream().map(Task::getId).toList();

        assertThat(visible).contains(applicationA.getId()).doesNotContain(applicationB.getId());
    }

    @Test
    void aReviewerCannotClaimOrCompleteAnotherOrganisationsApplication() {
        signIn(reviewerA);

        assertThatThrownBy(() -> tasks.claim(applicationB.getId(), reviewerA)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> tasks.complete(applicationB.getId())).isInstanceOf(AuthorizationException.class);

        tasks.claim(applicationA.getId(), reviewerA);
        tasks.complete(applicationA.getId());
        identity.clearAuthentication();
        assertThat(tasks.createTaskQuery().taskId(applicationB.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void theFilterMyOrganisationsApplicationsShowsEachReviewerTheirOwn() {
        Filter filter = filters.createFilterQuery().filterName(ReviewerSetup.FILTER_NAME).singleResult();
        assertThat(filter).as("the saved filter «%s»", ReviewerSetup.FILTER_NAME).isNotNull();

        signIn(reviewerB);
        List<Task> listed = filters.list(filter.getId());

        assertThat(listed).extracting(Task::getId).contains(applicationB.getId()).doesNotContain(applicationA.getId());
    }

    @Test
    void groupsAreMadeOnceAndNamedForTheOrganisation() {
        long id = ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L);
        UnionOrganisations union = new UnionOrganisations(id, "ППО МБОУ СОШ № 7", id, "Городская организация");
        groups.ensureFor(union);
        groups.ensureFor(union);

        assertThat(identity.createGroupQuery().groupId(ReviewerGroups.primaryGroup(id)).singleResult().getName())
                .isEqualTo("ППО МБОУ СОШ № 7");
        assertThat(identity.createGroupQuery().groupId(ReviewerGroups.territorialGroup(id)).count()).isOne();
    }

    @Test
    void theDemoReviewerReviewsTheDemoSchoolFromTheFirstStart() {
        UnionOrganisations union = organisations.search(ReviewerSetup.DEMO_SCHOOL, 5).stream()
                .filter(hit -> ReviewerSetup.DEMO_SCHOOL.equals(hit.shortName())).findFirst()
                .flatMap(hit -> organisations.unionOf(hit.id())).orElseThrow();

        assertThat(identity.createUserQuery().userId(ReviewerSetup.DEMO_REVIEWER)
                .memberOfGroup(ReviewerGroups.primaryGroup(union.primaryId())).count())
                .as("README's demo reviewer, made after the demo directory is loaded").isOne();
    }

    private String reviewer(String id, String group) {
        User user = identity.newUser(id);
        user.setPassword("Проверяющий-2026");
        identity.saveUser(user);
        identity.createMembership(id, group);
        identity.createMembership(id, ReviewerGroups.SHARED);
        return id;
    }

    private Task application(String candidateGroup) {
        Task task = tasks.newTask();
        task.setName("Рассмотрение заявления о вступлении");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        return task;
    }

    private void signIn(String userId) {
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> group.getId()).toList());
    }
}
