package org.unioncabinet.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.unioncabinet.account.Account;

/**
 * Signs a member in without a password form: right after «Создать личный кабинет», and when they
 * follow their confirmation link (which proves they own the mailbox).
 */
@Component
public class MemberSignIn {

    private final SecurityContextRepository contextRepository;
    private final SignIns signIns;

    public MemberSignIn(SecurityContextRepository contextRepository, SignIns signIns) {
        this.contextRepository = contextRepository;
        this.signIns = signIns;
    }

    /** Signs the member in and records the sign-in («Мои данные» lists it). */
    public void signIn(Account account, SignInMethod method, HttpServletRequest request, HttpServletResponse response) {
        establish(account, request, response);
        signIns.record(account.getId(), method, request);
    }

    /**
     * The member already signed in here, again under what changed in their account (a new e-mail): a new session id,
     * no new sign-in recorded.
     */
    public void renew(Account account, HttpServletRequest request, HttpServletResponse response) {
        establish(account, request, response);
    }

    private void establish(Account account, HttpServletRequest request, HttpServletResponse response) {
        MemberPrincipal principal = MemberPrincipal.of(account);
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // A new session id at every change of identity (session fixation).
        request.getSession(true);
        request.changeSessionId();
        contextRepository.saveContext(context, request, response);
    }
}
