package org.unioncabinet.login;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Camunda users (reviewers, operators) sign in as safely as members: their passwords are hashed with the members'
 * Argon2id (the engine's own SHA-512 hashes are still read, and replaced at the user's next sign-in), and every
 * password check of the engine (the web apps' login, HTTP basic on metrics and on Modeler's deployments) goes through
 * the {@link LoginThrottle} instead of the engine's own lock. That lock turned a stranger's wrong guesses into a
 * permanent lock-out of the admin or a reviewer (ENGINE-27002); the throttle only slows the guesser.
 */
@Component
class CamundaUserPasswords extends AbstractProcessEnginePlugin {

    static final String ALGORITHM = "ARGON2ID";

    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private volatile String decoyHash;

    CamundaUserPasswords(PasswordEncoder encoder, LoginThrottle throttle) {
        this.encoder = encoder;
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine keeps reading its own SHA-512 hashes (its password manager always knows them)
        configuration.setPasswordEncryptor(new Argon2Encryptor(encoder));
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ThrottledIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ThrottledIdentityProvider(throttle, ALGORITHM, () -> encoder.matches("", decoyHash()));
            }
        });
    }

    /** A hash of a random password, computed once, to check against when the user does not exist. */
    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = encoder.encode(UUID.randomUUID().toString());
        }
        return decoyHash;
    }

    /** The members' Argon2id encoder as the engine's password encryptor (the engine prefixes its name). */
    record Argon2Encryptor(PasswordEncoder encoder) implements PasswordEncryptor {

        @Override
        public String encrypt(String password) {
            return encoder.encode(password);
        }

        @Override
        public boolean check(String password, String encrypted) {
            return encoder.matches(password, encrypted);
        }

        @Override
        public String hashAlgorithmName() {
            return ALGORITHM;
        }
    }
}
