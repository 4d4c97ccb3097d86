package org.unioncabinet.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/** Back to the login form with one generic message, keeping the e-mail the member typed. */
public class LoginFailureHandler implements AuthenticationFailureHandler {

    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        FlashMap flash = new FlashMap();
        String email = request.getParameter("email");
        flash.put("email", email == null ? "" : email.strip());
        if (exception instanceof LoginThrottledException throttled) {
            flash.put("loginError", LoginThrottle.message(throttled.getWait()));
        } else {
            flash.put("loginError", "Неверный email или пароль.");
        }
        flash.setTargetRequestPath("/login");
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + "/login");
    }
}
