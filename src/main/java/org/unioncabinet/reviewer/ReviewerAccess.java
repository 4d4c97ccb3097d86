package org.unioncabinet.reviewer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.system.CamundaWebappSession;

/**
 * Who may read a statement a member filed (a join application, a correction statement, a consent withdrawal) and its
 * documents outside the member portal: its reviewing groups (the primary organisation, and the territorial one it
 * escalates to) and Camunda admins, as signed in to the Camunda web apps, by their groups now.
 */
@Component
public class ReviewerAccess {

    private final OrganisationSearch organisations;
    private final CamundaWebappSession webapps;

    ReviewerAccess(OrganisationSearch organisations, CamundaWebappSession webapps) {
        this.organisations = organisations;
        this.webapps = webapps;
    }

    /**
     * Whether whoever this browser is signed into the web apps as may review a statement of a member of this school
     * and primary organisation.
     */
    public boolean mayReview(HttpServletRequest request, long primaryOrganisationId, long educationalOrganisationId) {
        return mayReview(webapps.groups(request), primaryOrganisationId, educationalOrganisationId);
    }

    public boolean mayReview(List<String> groups, long primaryOrganisationId, long educationalOrganisationId) {
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        Set<String> allowed = new HashSet<>(Set.of(ReviewerGroups.primaryGroup(primaryOrganisationId)));
        organisations.unionOf(educationalOrganisationId)
                .ifPresent(union -> allowed.add(ReviewerGroups.territorialGroup(union.territorialId())));
        return groups.stream().anyMatch(allowed::contains);
    }
}
