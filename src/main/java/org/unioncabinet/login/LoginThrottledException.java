package org.unioncabinet.login;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this e-mail or address; the password was not even checked. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Login throttled");
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }
}
