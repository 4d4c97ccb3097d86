package org.unioncabinet.login;

import java.util.Optional;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine's identity provider with the cabinet's password check: throttled per user and client address (the
 * request being served, if any), never locking the user, and moving an old hash to Argon2id once the password is
 * known to be right.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;
    private final String currentAlgorithm;
    private final Runnable decoyCheck;

    /** @param decoyCheck a password check as costly as a real one, spent on unknown users */
    ThrottledIdentityProvider(LoginThrottle throttle, String currentAlgorithm, Runnable decoyCheck) {
        this.throttle = throttle;
        this.currentAlgorithm = currentAlgorithm;
        this.decoyCheck = decoyCheck;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        // PostgreSQL cannot compare a NUL in text: the user's lookup would fail with a stack trace, not say no
        if (userId == null || userId.isBlank() || userId.indexOf('\0') >= 0) {
            return false;
        }
        LoginThrottle.Subject subject = LoginThrottle.Subject.camundaUser(userId);
        String address = clientAddress();
        if (throttle.blockedFor(subject, address).isPresent()) {
            return false;
        }
        UserEntity user = findUserById(userId);
        // an imported reviewer has no password until they set one through their link: nothing matches it
        boolean hasPassword = user != null && user.getPassword() != null;
        if (!hasPassword) {
            // as slow as a wrong password, so the time of the answer does not tell which logins exist
            decoyCheck.run();
        }
        if (hasPassword && password != null && !password.isEmpty() && matchPassword(password, user)) {
            throttle.forgetFailures(subject, address);
            if (!user.getPassword().startsWith("{" + currentAlgorithm + "}")) {
                // flushed with this command: the entity is in the engine's session cache
                user.setPassword(password);
                user.encryptPassword();
            }
            return true;
        }
        throttle.recordFailure(subject, address);
        return false;
    }

    private static String clientAddress() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance)
                .map(attributes -> ((ServletRequestAttributes) attributes).getRequest().getRemoteAddr())
                .orElse("");
    }
}
