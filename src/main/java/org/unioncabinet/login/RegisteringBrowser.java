package org.unioncabinet.login;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * The browser an account was created in. Its confirmation link signs in only there: anywhere else it proves the
 * mailbox, not who set the password, so the member is asked for the password (ADR 0014). Otherwise someone who
 * registered a victim's e-mail first would be handed the account the moment the victim confirms it.
 */
@Component
public class RegisteringBrowser {

    private static final String ATTRIBUTE = RegisteringBrowser.class.getName() + ".account";

    /**
     * Remembers in the session that this browser created the account. Enumeration-safe registration calls it for a
     * taken e-mail too (with no account), so both answers create a session alike.
     */
    public void remember(HttpServletRequest request, UUID accountIdOrNull) {
        remember(request.getSession(true), accountIdOrNull);
    }

    public void remember(HttpSession session, UUID accountIdOrNull) {
        session.setAttribute(ATTRIBUTE, accountIdOrNull == null ? "" : accountIdOrNull.toString());
    }

    /** Whether this browser created the account, or is signed in as it. */
    public boolean created(HttpServletRequest request, MemberPrincipal signedIn, UUID accountId) {
        if (signedIn != null && signedIn.accountId().equals(accountId)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        return session != null && accountId.toString().equals(session.getAttribute(ATTRIBUTE));
    }
}
