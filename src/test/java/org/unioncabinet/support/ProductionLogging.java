package org.unioncabinet.support;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs a test of the shared context with the log levels of the {@code prod} profile, not the test profile's (which
 * silences, for one, the engine's command context, where a refusal would otherwise print its stack trace): the levels
 * are read from the environment prod really prepares, and the test's own are put back afterwards.
 */
public class ProductionLogging implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProductionLogging.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Map<String, String> test = levels(SpringExtension.getApplicationContext(context).getEnvironment());
        context.getStore(NAMESPACE).put("test", test);
        apply(test, levels(ProductionStart.environment()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        Map<String, String> test = context.getStore(NAMESPACE).get("test", Map.class);
        apply(test, test);
    }

    /** Sets every logger either map names to its level in {@code target}, or back to inheriting it. */
    private static void apply(Map<String, String> current, Map<String, String> target) {
        LoggingSystem logging = LoggingSystem.get(ProductionLogging.class.getClassLoader());
        Set<String> loggers = new HashSet<>(current.keySet());
        loggers.addAll(target.keySet());
        for (String logger : loggers) {
            String level = target.get(logger);
            logging.setLogLevel(logger.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : logger, level(level));
        }
    }

    /** As Spring Boot reads it: YAML turns {@code off} into {@code false}. */
    private static LogLevel level(String level) {
        if (level == null) {
            return null;
        }
        String name = level.trim().toUpperCase(Locale.ROOT);
        return name.equals("FALSE") ? LogLevel.OFF : LogLevel.valueOf(name);
    }

    private static Map<String, String> levels(Environment environment) {
        return new HashMap<>(Binder.get(environment).bind("logging.level", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
    }
}
