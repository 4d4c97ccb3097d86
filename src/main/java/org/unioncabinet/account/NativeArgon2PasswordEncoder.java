package org.unioncabinet.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

/**
 * Argon2id computed by the reference C library (libargon2, bundled in argon2-jvm for linux x86-64 and aarch64 and
 * loaded through JNA) rather than by Bouncy Castle's Java: about half the CPU per hash, and its 19 MiB live outside
 * the Java heap, so they leave the collector no garbage (Bouncy Castle's leave 19 MiB per hash).
 * <p>
 * The hashes are the very ones Spring's {@code Argon2PasswordEncoder} makes, in the same string
 * ({@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}, unpadded Base64), so every stored hash keeps verifying and
 * either encoder can read the other's. A check reads its parameters from the stored hash, and libargon2 compares
 * the result in constant time ({@code argon2_verify}).
 * <p>
 * Hashes run on threads of their own, as many as there are cores: libargon2 takes its 19 MiB from malloc, and glibc
 * keeps a freed block that large in the arena of the thread that used it. Hashed on the request threads, such blocks
 * piled up in up to eight arenas per core (measured: +306 MiB resident after hashes on 16 threads, outside the heap);
 * on our own threads at most one per core stays, the memory the hashes in flight need anyway (libargon2 wipes it).
 */
final class NativeArgon2PasswordEncoder implements PasswordEncoder {

    private final Argon2 argon2;
    private final int parallelism;
    private final int memoryKiB;
    private final int iterations;
    private final ExecutorService hashingThreads;

    /** Arguments in the order of Spring's {@code Argon2PasswordEncoder}, so the two read alike. */
    NativeArgon2PasswordEncoder(int saltLength, int hashLength, int parallelism, int memoryKiB, int iterations) {
        this.argon2 = Argon2Factory.create(Argon2Types.ARGON2id, saltLength, hashLength);
        this.parallelism = parallelism;
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        // loads libargon2 now (a tiny hash: one pass over 8 KiB), so a machine it cannot load on fails at startup
        // rather than at every sign-up and sign-in
        argon2.hash(1, 8, 1, new byte[0]);
        AtomicInteger threads = new AtomicInteger();
        this.hashingThreads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), work -> {
            Thread thread = new Thread(work, "argon2-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String encode(CharSequence rawPassword) {
        byte[] password = utf8(rawPassword);
        try {
            return onHashingThread(() -> argon2.hash(iterations, memoryKiB, parallelism, password));
        } finally {
            argon2.wipeArray(password);
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        byte[] password;
        try {
            password = utf8(rawPassword);
        } catch (IllegalArgumentException notUtf16) {
            return false; // encode never accepted it, so no stored hash can be of it
        }
        try {
            return onHashingThread(() -> argon2.verify(encodedPassword, password));
        } finally {
            argon2.wipeArray(password);
        }
    }

    /** A hash made with less memory, fewer passes or fewer lanes than ours is due for a new one. */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        if (encodedPassword == null || encodedPassword.isEmpty()) {
            return false;
        }
        return argon2.needsRehash(encodedPassword, iterations, memoryKiB, parallelism);
    }

    /**
     * Runs a hash on our threads and waits for it, through interrupts as {@link BoundedPasswordEncoder} waits: the
     * password bytes are wiped only once the hash is done with them.
     */
    private <T> T onHashingThread(Callable<T> hash) {
        Future<T> result = hashingThreads.submit(hash);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The password's UTF-8 bytes, as Bouncy Castle takes them. A lone surrogate is refused, as Bouncy Castle
     * refuses it, rather than replaced by '?' as Java's encoders do: otherwise a password ending in half a surrogate
     * pair and the same password ending in '?' would share a hash.
     */
    private byte[] utf8(CharSequence rawPassword) {
        char[] chars = rawPassword.toString().toCharArray();
        CharsetEncoder strict = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer encoded = strict.encode(CharBuffer.wrap(chars));
            byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
            argon2.wipeArray(encoded.array());
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid UTF-16", e);
        } finally {
            argon2.wipeArray(chars);
        }
    }
}
