package org.unioncabinet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class NativeArgon2PasswordEncoderTest {

    private static final String PASSWORD = "Надёжный пароль 7!";
    private static final Pattern OURS =
            Pattern.compile("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    /** What hashed every password until now (Spring's encoder on Bouncy Castle), with the app's parameters. */
    private final PasswordEncoder bouncyCastle = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final PasswordEncoder encoder = new NativeArgon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    @Test
    void membersHashedByBouncyCastleStillSignInAndAWrongPasswordIsRefused() {
        String stored = bouncyCastle.encode(PASSWORD);

        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
        assertThat(encoder.matches("Надежный пароль 7!", stored)).isFalse();
    }

    @Test
    void bouncyCastleVerifiesItsHashesSoTheChangeCanBeUndone() {
        String stored = encoder.encode(PASSWORD);

        assertThat(bouncyCastle.matches(PASSWORD, stored)).isTrue();
        assertThat(bouncyCastle.matches(PASSWORD + " ", stored)).isFalse();
        assertThat(encoder.matches(PASSWORD, stored)).isTrue();
        assertThat(encoder.matches("", stored)).isFalse();
    }

    @Test
    void hashesWithOwaspParametersA16ByteSaltAndA32ByteHash() {
        Matcher hash = OURS.matcher(encoder.encode(PASSWORD));

        assertThat(hash.matches()).as("$argon2id$v=19$m=19456,t=2,p=1$salt$hash").isTrue();
        assertThat(Base64.getDecoder().decode(hash.group(1))).hasSize(16);
        assertThat(Base64.getDecoder().decode(hash.group(2))).hasSize(32);
    }

    @Test
    void everyHashHasItsOwnSalt() {
        String first = encoder.encode(PASSWORD);
        String second = encoder.encode(PASSWORD);

        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches(PASSWORD, first)).isTrue();
        assertThat(encoder.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void aMissingOrDamagedHashMatchesNothing() {
        String stored = encoder.encode(PASSWORD);

        assertThat(encoder.matches(PASSWORD, null)).isFalse();
        assertThat(encoder.matches(PASSWORD, "")).isFalse();
        assertThat(encoder.matches(PASSWORD, stored.substring(0, stored.length() - 4))).isFalse();
        assertThat(encoder.matches(PASSWORD, stored.replace("t=2", "t=3"))).isFalse();
    }

    @Test
    void aLoneSurrogateIsRefusedNotTakenForAQuestionMark() {
        assertThatThrownBy(() -> encoder.encode("пароль\uD800")).isInstanceOf(IllegalArgumentException.class);
        assertThat(encoder.matches("пароль\uD800", encoder.encode("пароль?"))).isFalse();
    }

    @Test
    void callersOnManyThreadsEachGetTheAnswerForTheirOwnPassword() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String password = PASSWORD + i;
                answers.add(callers.submit(() -> {
                    String stored = encoder.encode(password);
                    return encoder.matches(password, stored) && !encoder.matches(PASSWORD, stored);
                }));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void anInterruptedCallerStillGetsItsHashAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        String stored = encoder.encode(PASSWORD);

        assertThat(Thread.interrupted()).isTrue();
        assertThat(bouncyCastle.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void aHashWithWeakerParametersIsDueForRehashingOursIsNot() {
        String weaker = new Argon2PasswordEncoder(16, 32, 1, 8 * 1024, 2).encode(PASSWORD);

        assertThat(encoder.upgradeEncoding(weaker)).isTrue();
        assertThat(encoder.upgradeEncoding(encoder.encode(PASSWORD))).isFalse();
    }

    @Test
    void theAppsEncoderReadsStoredHashesAndWritesOursUnderTheArgon2Prefix() {
        PasswordEncoder app = new PasswordHashing().passwordEncoder();

        assertThat(app.matches(PASSWORD, "{argon2}" + bouncyCastle.encode(PASSWORD))).isTrue();
        String stored = app.encode(PASSWORD);
        assertThat(stored).startsWith("{argon2}");
        assertThat(OURS.matcher(stored.substring("{argon2}".length())).matches()).isTrue();
        assertThat(bouncyCastle.matches(PASSWORD, stored.substring("{argon2}".length()))).isTrue();
    }
}
