package org.unioncabinet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class BoundedPasswordEncoderTest {

    /** Counts how many calls are inside the delegate at once. */
    static final class Probe implements PasswordEncoder {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            enter();
            return "{probe}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            enter();
            return encoded.equals("{probe}" + raw);
        }

        private void enter() {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }
    }

    @Test
    void noMoreHashesRunAtOnceThanAllowedAndEveryCallerGetsItsAnswer() throws Exception {
        Probe probe = new Probe();
        BoundedPasswordEncoder encoder = new BoundedPasswordEncoder(probe, 2);
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String password = "пароль-" + i;
                answers.add(callers.submit(() -> encoder.matches(password, encoder.encode(password))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(probe.most.get()).isEqualTo(2);
    }
}
