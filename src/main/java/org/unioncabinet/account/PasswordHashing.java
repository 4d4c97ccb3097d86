package org.unioncabinet.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How members' passwords are hashed, for creating accounts, signing in and resetting alike. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 passes); the prefix lets us move to stronger ones later.
     * Computed natively ({@link NativeArgon2PasswordEncoder}: the same hashes as Spring's Bouncy Castle encoder made
     * before, at a fraction of the cost). At most one hash per core at a time ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new NativeArgon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)),
                Runtime.getRuntime().availableProcessors());
    }
}
