package org.unioncabinet.reviewer;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, after the demo directory and before the registration's reviewer set-up: the shared group, the groups
 * of every organisation of the directory, and the move of groups made the old way.
 * <p>
 * Until this release an organisation's group was made when its first application arrived, with two authorizations of
 * its own (Tasklist access, reading the registration process). Those groups are moved onto the shared group once:
 * their members join {@value ReviewerGroups#SHARED}, then the two authorizations are deleted. Moved rather than left,
 * so that what a reviewer may do is granted in one place (an operator changes one group, not thousands) and a group
 * never grants more than its neighbour; the members keep every permission they had. Idempotent: a group without the
 * old authorizations is not looked at again, so after the first start this is one query.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 50)
class ReviewerGroupsOnStartup implements ApplicationRunner {

    /** The process definition the old groups could read (the registration's key, as granted until this release). */
    static final String LEGACY_PROCESS_DEFINITION = "registration";

    private static final Logger log = LoggerFactory.getLogger(ReviewerGroupsOnStartup.class);

    private final ReviewerGroups groups;
    private final DirectoryGroups directoryGroups;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ReviewerStartupLock lock;
    private final TransactionTemplate transactions;

    ReviewerGroupsOnStartup(ReviewerGroups groups, DirectoryGroups directoryGroups, IdentityService identity,
            AuthorizationService authorizations, ReviewerStartupLock lock, TransactionTemplate transactions) {
        this.groups = groups;
        this.directoryGroups = directoryGroups;
        this.identity = identity;
        this.authorizations = authorizations;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.run(() -> {
            groups.ensureShared();
            directoryGroups.ensureAll();
            moveLegacyGroups();
        });
    }

    /**
     * @return the groups moved; in one transaction, so the groups are moved with their members or not at all (a
     *         template, not {@code @Transactional}: {@link #run} calls it on this object, past any proxy)
     */
    int moveLegacyGroups() {
        Integer moved = transactions.execute(status -> moveLegacyGroupsNow());
        return moved == null ? 0 : moved;
    }

    private int moveLegacyGroupsNow() {
        List<String> legacy = authorizations.createAuthorizationQuery().resourceType(Resources.APPLICATION)
                .resourceId("tasklist").list().stream()
                .map(Authorization::getGroupId)
                .filter(ReviewerGroups::isOrganisationGroup)
                .distinct().toList();
        legacy.forEach(this::move);
        if (!legacy.isEmpty()) {
            log.info("Reviewer groups: moved {} groups' Tasklist permissions to the shared group", legacy.size());
        }
        return legacy.size();
    }

    private void move(String group) {
        for (User member : identity.createUserQuery().memberOfGroup(group).list()) {
            if (identity.createUserQuery().userId(member.getId()).memberOfGroup(ReviewerGroups.SHARED).count() == 0) {
                identity.createMembership(member.getId(), ReviewerGroups.SHARED);
            }
        }
        authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION)
                .resourceId("tasklist").list()
                .forEach(old -> authorizations.deleteAuthorization(old.getId()));
        authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(LEGACY_PROCESS_DEFINITION).list()
                .forEach(old -> authorizations.deleteAuthorization(old.getId()));
    }
}
