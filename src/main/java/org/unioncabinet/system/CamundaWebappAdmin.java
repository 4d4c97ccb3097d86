package org.unioncabinet.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Whether this browser is logged into the Camunda web apps (Cockpit, Admin, Tasklist) as a member of
 * {@code camunda-admin}. Pages for people (the analysts' funnel) use this session rather than HTTP basic:
 * a browser that once typed basic credentials sends them with every request to the site, also with a
 * form another site posts, while the web apps' session cookie is SameSite=Lax and their login is theirs.
 */
public final class CamundaWebappAdmin {

    private static final String ENGINE = "default";

    private CamundaWebappAdmin() {
    }

    public static boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user
                && user.getGroupIds() != null
                && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }
}
