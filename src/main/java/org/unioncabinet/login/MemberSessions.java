package org.unioncabinet.login;

import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

/**
 * A member's signed-in sessions on every node (they live in PostgreSQL, indexed by the member's e-mail, the
 * principal's name). Whoever proves the mailbox or changes the password decides who stays signed in: a password
 * reset ends every session, «Сменить пароль» every other one, so someone who once knew the password or held a
 * session (who registered the member's e-mail first, say) is out at once.
 */
@Service
public class MemberSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    public MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session signed in as this member. */
    public void endAll(String email) {
        endAllBut(email, Set.of());
    }

    /** Ends every session signed in as this member but the one given (the member's own, here and now). */
    public void endAllOthers(String email, String keptSessionId) {
        endAllBut(email, Set.of(keptSessionId));
    }

    private void endAllBut(String email, Set<String> kept) {
        sessions.findByPrincipalName(email).keySet().stream()
                .filter(id -> !kept.contains(id))
                .forEach(sessions::deleteById);
    }
}
