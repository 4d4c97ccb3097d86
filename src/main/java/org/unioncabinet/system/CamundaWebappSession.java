package org.unioncabinet.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who this browser is logged into the Camunda web apps (Cockpit, Admin, Tasklist) as, read from the web apps'
 * own session. Pages for people outside the member portal use it: the analysts' funnel (Camunda admins) and
 * the reviewer's documents (the reviewing groups). Rather than HTTP basic: a browser that once typed basic
 * credentials sends them with every request to the site, also with a form another site posts, while the web
 * apps' session cookie is SameSite=Lax and their login is theirs.
 */
public final class CamundaWebappSession {

    private static final String ENGINE = "default";

    private CamundaWebappSession() {
    }

    /** The groups of the signed-in Camunda user; empty for anyone not signed into the web apps. */
    public static List<String> groups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)
                || user.getGroupIds() == null) {
            return List.of();
        }
        return user.getGroupIds();
    }

    /** Signed in as a member of {@code camunda-admin}. */
    public static boolean isAdmin(HttpServletRequest request) {
        return groups(request).contains(Groups.CAMUNDA_ADMIN);
    }
}
