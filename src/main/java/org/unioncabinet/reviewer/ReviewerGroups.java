package org.unioncabinet.reviewer;

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
 * The Camunda groups of reviewers. Every reviewer is in the shared group {@value #SHARED}, which holds what all of them
 * may do, granted once: open Tasklist, read the processes they review ({@link ReviewedProcess}) and the filter
 * «Заявления моей организации» (granted by the registration feature, which owns it). Each union organisation has a group of its own,
 * {@code ppo<id>} for a primary organisation, {@code territorial<id>} for a territorial one (Camunda ids allow letters
 * and digits only), that carries membership only: a reviewer sees a task only as a member of its candidate group (the
 * engine grants that per task), so never another organisation's applications. The directory import makes the groups
 * of every organisation ({@link DirectoryGroups}), so an operator can put reviewers in them before any application.
 */
@Service
public class ReviewerGroups {

    /** The shared group: its members may use Tasklist. */
    public static final String SHARED = "reviewers";
    static final String SHARED_TYPE = "union-reviewers";
    /** The type of the per-organisation groups. */
    public static final String ORGANISATION_TYPE = "union-organisation";
    static final int MAX_NAME = 250;

    private static final String PRIMARY_PREFIX = "ppo";
    private static final String TERRITORIAL_PREFIX = "territorial";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public ReviewerGroups(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    public static String primaryGroup(long primaryOrganisationId) {
        return PRIMARY_PREFIX + primaryOrganisationId;
    }

    public static String territorialGroup(long territorialOrganisationId) {
        return TERRITORIAL_PREFIX + territorialOrganisationId;
    }

    /** The primary organisation a group reviews for, if it is a primary organisation's group. */
    public static Optional<Long> primaryOrganisationOf(String groupId) {
        return idAfter(PRIMARY_PREFIX, groupId);
    }

    /** Whether the id names an organisation's group ({@code ppo<id>} or {@code territorial<id>}). */
    public static boolean isOrganisationGroup(String groupId) {
        return idAfter(PRIMARY_PREFIX, groupId).isPresent() || idAfter(TERRITORIAL_PREFIX, groupId).isPresent();
    }

    private static Optional<Long> idAfter(String prefix, String groupId) {
        if (groupId != null && groupId.startsWith(prefix) && groupId.length() > prefix.length()
                && groupId.length() - prefix.length() < 19
                && groupId.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Long.parseLong(groupId.substring(prefix.length())));
        }
        return Optional.empty();
    }

    /**
     * Makes sure both reviewing groups of a member's organisations exist. The directory import made them already; this
     * covers an organisation that came another way, and costs two lookups.
     */
    public void ensureFor(UnionOrganisations union) {
        ensure(primaryGroup(union.primaryId()), union.primaryName());
        ensure(territorialGroup(union.territorialId()), union.territorialName());
    }

    private void ensure(String groupId, String name) {
        if (identity.createGroupQuery().groupId(groupId).count() > 0) {
            return;
        }
        Group group = identity.newGroup(groupId);
        group.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
        group.setType(ORGANISATION_TYPE);
        identity.saveGroup(group);
    }

    /** The shared group with its Tasklist access; idempotent, run at every start. */
    public void ensureShared() {
        if (identity.createGroupQuery().groupId(SHARED).count() == 0) {
            Group group = identity.newGroup(SHARED);
            group.setName("Рассматривающие заявления о вступлении");
            group.setType(SHARED_TYPE);
            identity.saveGroup(group);
        }
        grantShared(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }

    /** Grants the shared group a permission on one resource, unless it has it already. */
    public void grantShared(Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(SHARED)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return;
        }
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(SHARED);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
