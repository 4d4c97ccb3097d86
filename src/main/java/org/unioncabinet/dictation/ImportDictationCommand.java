package org.unioncabinet.dictation;

import java.io.PrintStream;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.unioncabinet.csv.ImportFileCommand;

/**
 * The operator's import of an edition: {@code java -jar union-cabinet.jar --import-dictation=/path/edition.csv} (or .json)
 * (docs/dictation.md) imports the file, prints what it did and ends the application: 0 when the edition was created,
 * updated or unchanged, 2 when it was refused (the report says why, line by line), 1 when the file could not be read.
 */
@Component
class ImportDictationCommand implements ApplicationRunner {

    static final String OPTION = "import-dictation";

    private final ImportFileCommand command;

    @Autowired
    ImportDictationCommand(DictationImport importer, ApplicationContext context) {
        this(importer, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    ImportDictationCommand(DictationImport importer, PrintStream out, IntConsumer exit) {
        this.command = new ImportFileCommand(OPTION, importer::importFile, out, exit);
    }

    @Override
    public void run(ApplicationArguments args) {
        command.run(args);
    }
}
