package org.unioncabinet.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a development or demonstration system a directory to search: when configured and the
 * directory is empty, loads the demo directory at start-up. Never when the operator is importing
 * the real directory with this very start.
 */
@Component
@Order(LoadDemoDirectoryOnStartup.ORDER)
class LoadDemoDirectoryOnStartup implements ApplicationRunner {

    /** Before the runners that look organisations up (the demo reviewer's). */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private static final Logger log = LoggerFactory.getLogger(LoadDemoDirectoryOnStartup.class);

    private final OrganisationsProperties properties;
    private final DemoDirectoryLoader loader;

    LoadDemoDirectoryOnStartup(OrganisationsProperties properties, DemoDirectoryLoader loader) {
        this.properties = properties;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoDirectory() || args.containsOption(ImportOrganisationsCommand.OPTION)) {
            return;
        }
        long started = System.nanoTime();
        if (loader.loadIfEmpty(properties.demoSize())) {
            log.info("Loaded the demo organisation directory: {} educational organisations in {} ms",
                    properties.demoSize(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
