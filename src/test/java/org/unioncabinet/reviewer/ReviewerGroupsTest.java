package org.unioncabinet.reviewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.organisation.Inn;
import org.unioncabinet.organisation.OrganisationImport;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.support.CabinetTest;

/**
 * The reviewers' groups: one shared group holds the permissions, every primary and territorial organisation of the
 * directory has a group of its own that carries membership only, made by the directory import; groups made the old
 * way (with permissions of their own) are moved onto the shared group.
 */
@CabinetTest
class ReviewerGroupsTest {

    static final String HEADER = "регион;территориальная_организация;первичная_организация;полное_наименование;"
            + "краткое_наименование;инн;муниципалитет\n";

    @Autowired
    OrganisationImport organisationImport;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReviewerGroupsOnStartup startup;

    @Test
    void theDirectoryImportMakesAGroupForEachNewPrimaryAndTerritorialOrganisation() {
        String inn = newInn();
        String place = "пос. Групповой-" + inn;
        organisationImport.importCsv(new StringReader(HEADER + "Московская область;Территориальная организация " + place
                + ";Первичная профсоюзная организация МБОУ СОШ № 4 " + place + ";Школа № 4 " + place + ";МБОУ СОШ № 4 "
                + place + ";" + inn + ";" + place + "\n"));

        UnionOrganisations union = organisations.unionOfInn(inn).orElseThrow();
        Group primary = identity.createGroupQuery().groupId(ReviewerGroups.primaryGroup(union.primaryId())).singleResult();
        Group territorial = identity.createGroupQuery().groupId(ReviewerGroups.territorialGroup(union.territorialId()))
                .singleResult();
        assertThat(primary.getName()).isEqualTo("ППО МБОУ СОШ № 4 " + place);
        assertThat(primary.getType()).isEqualTo(ReviewerGroups.ORGANISATION_TYPE);
        assertThat(territorial.getName()).isEqualTo("Территориальная организация " + place);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(primary.getId(), territorial.getId()).count())
                .as("an organisation's group carries membership only").isZero();
    }

    @Test
    void everyOrganisationOfTheDirectoryHasItsGroupAndImportingAgainMakesNone() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM app.primary_organisation p
                WHERE NOT EXISTS (SELECT 1 FROM act_id_group g WHERE g.id_ = 'ppo' || p.id)
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM app.territorial_organisation t
                WHERE NOT EXISTS (SELECT 1 FROM act_id_group g WHERE g.id_ = 'territorial' || t.id)
                """).query(Long.class).single()).isZero();

        assertThat(startup.moveLegacyGroups()).isZero();
    }

    @Test
    void theSharedGroupMayOpenTasklistReadTheRegistrationAndItsFilter() {
        assertThat(identity.createGroupQuery().groupId(ReviewerGroups.SHARED).singleResult().getType())
                .isEqualTo(ReviewerGroups.SHARED_TYPE);
        Filter filter = filters.createFilterQuery().filterName("Заявления моей организации").singleResult();

        assertThat(granted(Resources.APPLICATION.resourceType(), "tasklist")).isTrue();
        assertThat(granted(Resources.PROCESS_DEFINITION.resourceType(), "registration")).isTrue();
        assertThat(granted(Resources.FILTER.resourceType(), filter.getId())).isTrue();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .list()).noneMatch(each -> each.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL);
    }

    @Test
    void aGroupMadeTheOldWayIsMovedOntoTheSharedGroupWithItsMembers() {
        long id = ThreadLocalRandom.current().nextLong(5_000_000_000L, 6_000_000_000L);
        String group = ReviewerGroups.primaryGroup(id);
        Group old = identity.newGroup(group);
        old.setName("ППО из прошлой версии");
        old.setType(ReviewerGroups.ORGANISATION_TYPE);
        identity.saveGroup(old);
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, "registration", Permissions.READ);
        User member = identity.newUser("legacy" + id);
        member.setPassword("Проверяющий-2026");
        identity.saveUser(member);
        identity.createMembership(member.getId(), group);

        assertThat(startup.moveLegacyGroups()).isOne();

        assertThat(identity.createUserQuery().userId(member.getId()).memberOfGroup(ReviewerGroups.SHARED).count()).isOne();
        assertThat(identity.createUserQuery().userId(member.getId()).memberOfGroup(group).count()).isOne();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.APPLICATION).count()
                + authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                .count()).isZero();
        assertThat(authorizations.isUserAuthorized(member.getId(), List.of(group, ReviewerGroups.SHARED),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as("the member still opens Tasklist").isTrue();
        assertThat(startup.moveLegacyGroups()).as("moved once").isZero();
        identity.deleteUser(member.getId());
        identity.deleteGroup(group);
    }

    private boolean granted(int resourceType, String resourceId) {
        return authorizations.createAuthorizationQuery().groupIdIn(ReviewerGroups.SHARED).resourceType(resourceType)
                .resourceId(resourceId).count() == 1;
    }

    private void grant(String group, Resources resource, String resourceId, Permissions permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    static String newInn() {
        return Inn.withCheckDigit("99" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000)));
    }
}
