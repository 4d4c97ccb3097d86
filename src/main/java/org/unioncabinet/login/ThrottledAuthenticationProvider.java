package org.unioncabinet.login;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks the {@link LoginThrottle} before a member's password, and counts every wrong one. */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LoginThrottle.Subject member = LoginThrottle.Subject.member(String.valueOf(authentication.getName()));
        String address = Optional.ofNullable(authentication.getDetails())
                .filter(WebAuthenticationDetails.class::isInstance)
                .map(details -> ((WebAuthenticationDetails) details).getRemoteAddress())
                .orElse("");
        throttle.blockedFor(member, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            throttle.forgetFailures(member, address);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            throttle.recordFailure(member, address);
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
