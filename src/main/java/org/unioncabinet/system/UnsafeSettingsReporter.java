package org.unioncabinet.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a refused start-up ({@link UnsafeSettingsException}) as one log line, before Spring Boot's failure
 * analyzers see it. A {@code FailureAnalyzer} would do for the stack trace, but its reporter frames every analysis in
 * a ten-line «APPLICATION FAILED TO START» banner; the operator needs the one line that names the setting.
 * Registered in {@code META-INF/spring.factories}; any other failure goes on to Spring Boot's own reporters.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnsafeSettingsReporter implements SpringBootExceptionReporter {

    private static final Logger log = LoggerFactory.getLogger(UnsafeSettingsReporter.class);

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsafeSettingsException refused) {
                log.error(refused.getMessage());
                return true;
            }
        }
        return false;
    }
}
