package org.unioncabinet.registration.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.joining.JoinApplication;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.system.CamundaWebappSession;

/**
 * Who may read a signed application and its documents outside the member portal: its reviewing groups (the primary
 * organisation, and the territorial one it escalates to) and Camunda admins, as signed in to the Camunda web apps.
 */
@Component
class ReviewAccess {

    private final OrganisationSearch organisations;
    private final CamundaWebappSession webapps;

    ReviewAccess(OrganisationSearch organisations, CamundaWebappSession webapps) {
        this.organisations = organisations;
        this.webapps = webapps;
    }

    /** Whether whoever this browser is signed into the web apps as may review the application, by their groups now. */
    boolean mayReview(HttpServletRequest request, JoinApplication application) {
        return mayReview(webapps.groups(request), application);
    }

    boolean mayReview(List<String> groups, JoinApplication application) {
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        Set<String> allowed = new HashSet<>(Set.of(ReviewerGroups.primaryGroup(application.getPrimaryOrganisationId())));
        organisations.unionOf(application.getEducationalOrganisationId())
                .ifPresent(union -> allowed.add(ReviewerGroups.territorialGroup(union.territorialId())));
        return groups.stream().anyMatch(allowed::contains);
    }
}
