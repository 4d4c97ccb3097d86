package org.unioncabinet.support;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.unioncabinet.UnionCabinetApplication;
import org.unioncabinet.system.ProductionSettingsCheck;

/** The real application started in the {@code prod} profile, as far as its environment. */
public final class ProductionStart {

    /** What an operator who read the operations guide sets. */
    public static final Map<String, String> SAFE = Map.of(
            "camunda.bpm.admin-user.password", "a long admin secret",
            "cabinet.base-url", "https://cabinet.example.org",
            "spring.datasource.username", "cabinet",
            "spring.datasource.password", "a long database secret");

    private ProductionStart() {
    }

    /**
     * Starts the application in {@code prod} with these settings on the command line (they outrank the environment
     * of the machine running the tests). Spring Boot's logging system is left as the tests configured it:
     * reinitialising it here would reset the levels of the shared test context in this JVM.
     */
    public static void run(Map<String, String> settings, ApplicationListener<?>... listeners) {
        String previous = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            new SpringApplicationBuilder(UnionCabinetApplication.class).profiles("prod").listeners(listeners)
                    .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                            .toArray(String[]::new))
                    .close();
        } finally {
            if (previous == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previous);
            }
        }
    }

    /** The environment prod prepares with {@link #SAFE} settings; the start is abandoned right after its checks. */
    public static ConfigurableEnvironment environment() {
        AtomicReference<ConfigurableEnvironment> prepared = new AtomicReference<>();
        try {
            run(SAFE, new AbandonAfterCheck(prepared));
        } catch (SpringApplication.AbandonedRunException abandoned) {
            return prepared.get();
        }
        throw new IllegalStateException("prod started instead of stopping after its checks");
    }

    private record AbandonAfterCheck(AtomicReference<ConfigurableEnvironment> prepared)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            prepared.set(event.getEnvironment());
            throw new SpringApplication.AbandonedRunException();
        }

        @Override
        public int getOrder() {
            return new ProductionSettingsCheck().getOrder() + 1;
        }
    }
}
