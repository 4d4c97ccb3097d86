package org.unioncabinet.support;

import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.mock.web.MockHttpSession;
import org.unioncabinet.reviewer.ReviewerGroups;

/** Camunda users for tests of who may do what, and their browser sessions in the Camunda web apps. */
public final class CamundaUsers {

    public static final String PASSWORD = "reviewer-password";

    private CamundaUsers() {
    }

    /**
     * A new user in one group (created if missing), with {@link #PASSWORD}; the test deletes it afterwards. A reviewer
     * (a user of an organisation's group) is also put in the reviewers' shared group, as the reviewer import does.
     */
    public static String create(IdentityService identity, String group) {
        String id = "analysts" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
        User user = identity.newUser(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            identity.saveGroup(identity.newGroup(group));
        }
        identity.createMembership(id, group);
        if (ReviewerGroups.isOrganisationGroup(group)) {
            identity.createMembership(id, ReviewerGroups.SHARED);
        }
        return id;
    }

    /** A browser logged into Cockpit/Tasklist/Admin as this user. */
    public static MockHttpSession webappSession(ProcessEngine engine, String user) {
        MockHttpSession session = new MockHttpSession();
        Authentications authentications = new Authentications();
        authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, user));
        AuthenticationUtil.updateSession(session, authentications);
        return session;
    }
}
