package org.unioncabinet.registration.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.joining.JoinApplication;

/**
 * Who may read a signed application and its documents outside the member portal: its reviewing groups (the primary
 * organisation, and the territorial one it escalates to) and Camunda admins, as signed in to the Camunda web apps.
 */
@Component
class ReviewAccess {

    private final OrganisationSearch organisations;

    ReviewAccess(OrganisationSearch organisations) {
        this.organisations = organisations;
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
