package org.unioncabinet.dictation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.unioncabinet.csv.CsvReader;

/**
 * Gives a development or demonstration system the always open «Демонстрационный выпуск» (demo/dictation-demo.csv),
 * so a newcomer can take part at once. Importing the same file at every start changes nothing. Off in prod.
 */
@Component
class LoadDemoEditionOnStartup implements ApplicationRunner {

    static final String FILE = "demo/dictation-demo.csv";

    private static final Logger log = LoggerFactory.getLogger(LoadDemoEditionOnStartup.class);

    private final DictationProperties properties;
    private final DictationImport importer;

    LoadDemoEditionOnStartup(DictationProperties properties, DictationImport importer) {
        this.properties = properties;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoEdition()) {
            return;
        }
        DictationImport.Report report;
        try (InputStream bytes = new ClassPathResource(FILE).getInputStream(); Reader text = CsvReader.utf8Text(bytes)) {
            report = importer.importFile(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.hasErrors()) {
            log.warn("The demo dictation edition was not loaded: {}", report.toText().strip());
        } else if (report.outcome() != DictationImport.Report.Outcome.UNCHANGED) {
            log.info("{}", report.toText().strip());
        }
    }
}
