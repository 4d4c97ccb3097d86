package org.unioncabinet.system;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Who this browser is logged into the Camunda web apps (Cockpit, Admin, Tasklist) as, read from the web apps'
 * own session. Pages for people outside the member portal use it: the analysts' pages (analysts and Camunda admins) and
 * the reviewer's documents and applications (the reviewing groups). Rather than HTTP basic: a browser that once typed
 * basic credentials sends them with every request to the site, also with a form another site posts, while the web
 * apps' session cookie is SameSite=Lax and their login is theirs.
 * <p>
 * The user comes from the session, their groups from the identity service at each request: a reviewer removed from
 * their organisation's group loses these pages at once, not when the web apps refresh the groups they cached at login.
 */
@Component
public class CamundaWebappSession {

    /**
     * The analysts: the analysts' pages ({@code /admin/**}: the funnel, the dictation's results) without the rights of
     * a Camunda admin (no Cockpit, no Admin, no deployments, no correct answers of a dictation before its results).
     * An operator creates the group in Camunda Admin and puts analysts in it.
     */
    public static final String ANALYSTS = "analysts";

    private static final String ENGINE = "default";

    private final IdentityService identity;

    public CamundaWebappSession(IdentityService identity) {
        this.identity = identity;
    }

    /** The Camunda user this browser is signed in as; empty for anyone not signed into the web apps. */
    public Optional<String> userId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.ofNullable(user.getIdentityId());
    }

    /** The groups the signed-in Camunda user belongs to now; empty for anyone not signed into the web apps. */
    public List<String> groups(HttpServletRequest request) {
        return userId(request)
                .map(user -> identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList())
                .orElse(List.of());
    }

    /** Signed in as a member of {@code camunda-admin}. */
    public boolean isAdmin(HttpServletRequest request) {
        return groups(request).contains(Groups.CAMUNDA_ADMIN);
    }

    /** Signed in as an analyst or as an admin (an admin may do whatever an analyst may). */
    public boolean isAnalyst(HttpServletRequest request) {
        List<String> groups = groups(request);
        return groups.contains(Groups.CAMUNDA_ADMIN) || groups.contains(ANALYSTS);
    }
}
