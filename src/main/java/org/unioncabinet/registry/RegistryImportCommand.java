package org.unioncabinet.registry;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's import: started with {@code --import-registry=/path/file.csv}, the app imports the file,
 * logs the report in Russian and exits: 0 when the file was read to the end (lines with errors are listed
 * but do not fail the run), 1 when it could not be opened or reading stopped (header, encoding, quotes).
 */
@Component
class RegistryImportCommand implements ApplicationRunner {

    static final String OPTION = "import-registry";

    private static final Logger log = LoggerFactory.getLogger(RegistryImportCommand.class);

    private final RegistryImport registryImport;
    private final ConfigurableApplicationContext context;

    RegistryImportCommand(RegistryImport registryImport, ConfigurableApplicationContext context) {
        this.registryImport = registryImport;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int exitCode = importFiles(args.getOptionValues(OPTION));
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /** @return the process exit code */
    int importFiles(List<String> files) {
        if (files.size() != 1 || files.get(0).isBlank()) {
            log.error("Укажите один файл реестра: --{}=/путь/к/файлу.csv", OPTION);
            return 1;
        }
        Path file = Path.of(files.get(0));
        log.info("Импорт реестра из файла {}", file.toAbsolutePath());
        ImportReport report;
        try {
            report = registryImport.importFile(file);
        } catch (NoSuchFileException e) {
            log.error("Файл {} не найден", file.toAbsolutePath());
            return 1;
        } catch (AccessDeniedException e) {
            log.error("Нет доступа к файлу {}", file.toAbsolutePath());
            return 1;
        } catch (IOException e) {
            log.error("Не удалось прочитать файл {}: {}", file.toAbsolutePath(), e.toString());
            return 1;
        }
        log.info("{}", report.summary());
        report.errors().forEach(error -> log.warn("{}", error));
        return report.stopped() ? 1 : 0;
    }
}
