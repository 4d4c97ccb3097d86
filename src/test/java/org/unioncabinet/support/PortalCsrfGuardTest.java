package org.unioncabinet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No test uses Spring Security's MockMvc {@code csrf()}: it swaps the shared context's CSRF token repository for a
 * session-backed one for good, and every later test over real HTTP then meets a portal we do not ship. Tests use
 * {@link PortalCsrf#csrf()}.
 */
class PortalCsrfGuardTest {

    /** Spelt in two parts, so this file does not find itself. */
    private static final String SPRING_POST_PROCESSORS = "SecurityMockMvc" + "RequestPostProcessors";

    @Test
    void noTestUsesSpringSecuritysCsrfPostProcessor() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            assertThat(sources.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    String source = Files.readString(file);
                    return source.contains(SPRING_POST_PROCESSORS + ".csrf")
                            || source.contains(SPRING_POST_PROCESSORS + ".*");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Path::toString).toList()).as("use support.PortalCsrf.csrf() instead").isEmpty();
        }
    }
}
