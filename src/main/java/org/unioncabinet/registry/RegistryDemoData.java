package org.unioncabinet.registry;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the registry with a few made-up members (see docs/member-journey.md), so that «Проверить данные» can be tried on a
 * fresh development system. It is the ordinary import, so a restart changes nothing.
 */
@Component
class RegistryDemoData implements ApplicationRunner {

    static final String FILE = "demo/registry.csv";

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    private final RegistryImport registryImport;
    private final RegistryProperties properties;

    RegistryDemoData(RegistryImport registryImport, RegistryProperties properties) {
        this.registryImport = registryImport;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demoData()) {
            return;
        }
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            ImportReport report = registryImport.importFrom(in);
            log.info("Демонстрационный реестр ({}): {}", FILE, report.summary());
            // the file ships with the app: an error in it is a bug, not an operator's mistake
            report.errors().forEach(error -> log.error("Демонстрационный реестр: {}", error));
        }
    }
}
