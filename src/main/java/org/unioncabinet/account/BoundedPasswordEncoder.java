package org.unioncabinet.account;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most as many password hashes run at once as there are cores. Each Argon2id hash takes 19 MiB and
 * a core for its whole duration: twenty sign-ups at once would otherwise take 380 MiB of heap and make every
 * hash twenty times slower, and a flood of logins could exhaust the heap. Waiting callers queue instead;
 * the hash itself is exactly as strong as before.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore slots;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        this.delegate = delegate;
        this.slots = new Semaphore(concurrentHashes, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        slots.acquireUninterruptibly();
        try {
            return delegate.encode(rawPassword);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        slots.acquireUninterruptibly();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
