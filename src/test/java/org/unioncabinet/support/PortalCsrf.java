package org.unioncabinet.support;

import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The portal's CSRF token for a MockMvc request, sent as a browser sends it: the {@code CABINET-CSRF} cookie and the
 * same value in the form's {@code _csrf} field.
 *
 * <p>Not Spring Security's {@code csrf()}: that one swaps the token repository inside the shared CsrfFilter for a
 * session-backed one, by reflection, and the swap outlives the request. The real server on the shared context then
 * keeps CSRF tokens in sessions, and every later test over real HTTP meets a portal that is not the one we ship.
 */
public final class PortalCsrf {

    private PortalCsrf() {
    }

    public static RequestPostProcessor csrf() {
        return request -> {
            String token = UUID.randomUUID().toString();
            Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] withToken = Arrays.copyOf(cookies, cookies.length + 1);
            withToken[cookies.length] = new Cookie("CABINET-CSRF", token);
            request.setCookies(withToken);
            request.setParameter("_csrf", token);
            return request;
        };
    }
}
