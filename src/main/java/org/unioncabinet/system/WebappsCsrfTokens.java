package org.unioncabinet.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;

/**
 * One CSRF token per session for the Camunda web apps, however many of their requests make it at once.
 * <p>
 * Camunda's CSRF filter makes the token on the first read of a session that has none, guarded by a lock object it
 * expects a session listener to have put into the session ({@code HttpSessionMutexListener}). Our sessions live in
 * PostgreSQL: every request gets a new session object and no listener runs, so the lock guards nothing. Tasklist
 * sends its first reads after a login at once; each made a token of its own, the browser kept one cookie, the session
 * kept another, and the reviewer's next claim was refused (403), which also ends the session (found by the
 * benchmark: a Tasklist claim answered 401 or 403 halfway through a session used by concurrent requests).
 * <p>
 * Here every request that makes the token makes the same one: where Camunda stores its random token in the session
 * it stores one derived from the session id (SHA-256, which cannot be turned back into the id), and the same token
 * replaces the random one in the cookie and the header Camunda writes (so its cookie settings stay its own). The
 * session id is the secret the token stands for: whoever could compute the token holds the session already.
 */
final class WebappsCsrfTokens implements Filter {

    /** Camunda's names ({@code CsrfConstants}): the session attribute of the token, the response header. */
    static final String TOKEN_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String TOKEN_HEADER = "X-XSRF-TOKEN";
    private static final String SET_COOKIE = "Set-Cookie";
    /** The random token Camunda made in this request and the one stored instead, to swap in the response. */
    private static final String REPLACED = WebappsCsrfTokens.class.getName() + ".replaced";
    private static final String STORED = WebappsCsrfTokens.class.getName() + ".stored";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        chain.doFilter(new TokenRequest(http), new TokenResponse((HttpServletResponse) response, http));
    }

    /** As Camunda writes its tokens: 16 bytes in upper-case hex. */
    static String tokenOf(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("camunda-webapps-csrf:" + sessionId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static final class TokenRequest extends HttpServletRequestWrapper {

        TokenRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return wrap(super.getSession());
        }

        @Override
        public HttpSession getSession(boolean create) {
            return wrap(super.getSession(create));
        }

        private HttpSession wrap(HttpSession session) {
            return session == null ? null : new TokenSession(session, (HttpServletRequest) getRequest());
        }
    }

    /** The session as Camunda's filter sees it: its random token is stored as the session's own. */
    private record TokenSession(HttpSession session, HttpServletRequest request) implements HttpSession {

        @Override
        public void setAttribute(String name, Object value) {
            if (TOKEN_ATTRIBUTE.equals(name) && value instanceof String random) {
                String token = tokenOf(session.getId());
                request.setAttribute(REPLACED, random);
                request.setAttribute(STORED, token);
                session.setAttribute(name, token);
            } else {
                session.setAttribute(name, value);
            }
        }

        @Override
        public long getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public long getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public ServletContext getServletContext() {
            return session.getServletContext();
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public int getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public Object getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public void invalidate() {
            session.invalidate();
        }

        @Override
        public boolean isNew() {
            return session.isNew();
        }
    }

    /** The cookie and the header Camunda writes carry the stored token, not its random one. */
    private static final class TokenResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        TokenResponse(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, swapped(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, swapped(name, value));
        }

        private String swapped(String name, String value) {
            if (value != null && (SET_COOKIE.equalsIgnoreCase(name) || TOKEN_HEADER.equalsIgnoreCase(name))
                    && request.getAttribute(REPLACED) instanceof String random
                    && request.getAttribute(STORED) instanceof String stored) {
                return value.replace(random, stored);
            }
            return value;
        }
    }
}
