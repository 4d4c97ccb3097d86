package org.unioncabinet.registration.review;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.reviewer.ReviewerStartupLock;

/**
 * At start-up: the Tasklist filter «Заявления моей организации» (tasks whose candidate group is one of the reviewer's
 * groups), readable by the reviewers' shared group (the process definition: {@link RegistrationReviewedProcess});
 * and, in the development configuration, a demo reviewer of «МБОУ СОШ № 15 г. Васильевска» (README lists the login),
 * in that school's group and the shared one. Runs after the demo directory and the reviewers' groups.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReviewerSetup implements ApplicationRunner {

    static final String FILTER_NAME = "Заявления моей организации";
    static final String DEMO_REVIEWER = "reviewer";
    static final String DEMO_SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    private static final Logger log = LoggerFactory.getLogger(ReviewerSetup.class);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final ReviewerGroups groups;
    private final OrganisationSearch organisations;
    private final String demoReviewerPassword;
    private final ReviewerStartupLock startupLock;

    ReviewerSetup(FilterService filters, TaskService tasks, AuthorizationService authorizations, IdentityService identity,
            ReviewerGroups groups, OrganisationSearch organisations,
            @Value("${cabinet.review.demo-reviewer-password:}") String demoReviewerPassword,
            ReviewerStartupLock startupLock) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.identity = identity;
        this.groups = groups;
        this.organisations = organisations;
        this.demoReviewerPassword = demoReviewerPassword;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // nodes starting together: one makes the filter and the grants, the next finds them
        startupLock.run(() -> {
            ensureFilter();
            if (!demoReviewerPassword.isBlank()) {
                ensureDemoReviewer();
            }
        });
    }

    void ensureFilter() {
        Filter filter = filters.createFilterQuery().filterName(FILTER_NAME).singleResult();
        if (filter != null) {
            // a filter saved by an earlier version gets today's columns
            filters.saveFilter(filter.setProperties(filterProperties()));
        } else {
            TaskQuery query = tasks.createTaskQuery()
                    .taskCandidateGroupInExpression("${currentUserGroups()}")
                    .includeAssignedTasks();
            filter = filters.newTaskFilter(FILTER_NAME)
                    .setQuery(query)
                    .setProperties(filterProperties());
            filters.saveFilter(filter);
        }
        groups.grantShared(Resources.FILTER, filter.getId(), Permissions.READ);
        // earlier versions let every user read it; now the reviewers' shared group does (admins read every filter)
        String filterId = filter.getId();
        authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId).list().stream()
                .filter(authorization -> authorization.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL)
                .forEach(everyone -> authorizations.deleteAuthorization(everyone.getId()));
    }

    /**
     * Tasklist shows these variables on every task of the list, so a reviewer tells the applications apart
     * (all of them are «Рассмотрение заявления о вступлении в Профсоюз») without opening each.
     */
    private static Map<String, Object> filterProperties() {
        return Map.of("description", "Заявления о вступлении, которые рассматривает Ваша организация",
                "priority", -10,
                "refresh", true,
                "variables", List.of(
                        Map.of("name", RegistrationProcess.Variables.APPLICANT_NAME_LABEL.getName(), "label", "Заявитель"),
                        Map.of("name", RegistrationProcess.Variables.SCHOOL_LABEL.getName(),
                                "label", "Организация"),
                        Map.of("name", RegistrationProcess.Variables.SUBMITTED_AT_LABEL.getName(), "label", "Подано"),
                        Map.of("name", RegistrationProcess.Variables.DEADLINE_LABEL.getName(), "label", "Рассмотреть до")));
    }

    private void ensureDemoReviewer() {
        var school = organisations.search(DEMO_SCHOOL, 1).stream()
                .filter(hit -> DEMO_SCHOOL.equals(hit.shortName())).findFirst();
        var union = school.flatMap(hit -> organisations.unionOf(hit.id()));
        if (union.isEmpty()) {
            log.warn("No demo reviewer: «{}» is not in the directory", DEMO_SCHOOL);
            return;
        }
        groups.ensureFor(union.get());
        if (identity.createUserQuery().userId(DEMO_REVIEWER).count() == 0) {
            User user = identity.newUser(DEMO_REVIEWER);
            user.setFirstName("Председатель");
            user.setLastName("ППО СОШ № 15");
            user.setPassword(demoReviewerPassword);
            identity.saveUser(user);
        }
        for (String group : List.of(ReviewerGroups.primaryGroup(union.get().primaryId()), ReviewerGroups.SHARED)) {
            if (identity.createUserQuery().userId(DEMO_REVIEWER).memberOfGroup(group).count() == 0) {
                identity.createMembership(DEMO_REVIEWER, group);
            }
        }
    }
}
