package org.unioncabinet.registration.review;

import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.unioncabinet.organisation.UnionOrganisations;

/**
 * One Camunda group per union organisation that reviews applications: {@code ppo<id>} for a primary
 * organisation, {@code territorial<id>} for a territorial one (Camunda ids allow letters and digits only). A group may open Tasklist and read the
 * registration processes; it sees a task only as its candidate group (the engine grants that per task),
 * so a reviewer never sees another organisation's applications. Groups are made when first needed: a
 * directory of 100,000 schools needs groups only where members apply.
 */
@Service
public class ReviewerGroups {

    static final String GROUP_TYPE = "union-organisation";
    private static final String PRIMARY_PREFIX = "ppo";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public ReviewerGroups(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    public static String primaryGroup(long primaryOrganisationId) {
        return PRIMARY_PREFIX + primaryOrganisationId;
    }

    /** The primary organisation a group reviews for, if it is a primary organisation's group. */
    static Optional<Long> primaryOrganisationOf(String groupId) {
        if (groupId.startsWith(PRIMARY_PREFIX) && groupId.length() > PRIMARY_PREFIX.length()
                && groupId.substring(PRIMARY_PREFIX.length()).chars().allMatch(Character::isDigit)
                && groupId.length() - PRIMARY_PREFIX.length() < 19) {
            return Optional.of(Long.parseLong(groupId.substring(PRIMARY_PREFIX.length())));
        }
        return Optional.empty();
    }

    public static String territorialGroup(long territorialOrganisationId) {
        return "territorial" + territorialOrganisationId;
    }

    /** Makes sure both reviewing groups of a member's organisations exist with their permissions. */
    public void ensureFor(UnionOrganisations union) {
        ensure(primaryGroup(union.primaryId()), union.primaryName());
        ensure(territorialGroup(union.territorialId()), union.territorialName());
    }

    void ensure(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name.length() > 250 ? name.substring(0, 250) : name);
        group.setType(GROUP_TYPE);
        identity.saveGroup(group);
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.PROCESS_DEFINITION, "registration", Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
