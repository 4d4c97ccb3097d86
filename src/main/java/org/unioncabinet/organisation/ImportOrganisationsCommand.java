package org.unioncabinet.organisation;

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
 * The operator's import: {@code java -jar union-cabinet.jar --import-organisations=/path/file.csv}
 * imports the file, prints the report and ends the application. Exit status 0 when every line
 * loaded, 2 when some lines were skipped (the report names them), 1 when the file could not be read.
 */
@Component
class ImportOrganisationsCommand implements ApplicationRunner {

    static final String OPTION = "import-organisations";

    private final ImportFileCommand command;

    @Autowired
    ImportOrganisationsCommand(OrganisationImport importer, ApplicationContext context) {
        this(importer, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    ImportOrganisationsCommand(OrganisationImport importer, PrintStream out, IntConsumer exit) {
        this.command = new ImportFileCommand(OPTION, importer::importCsv, out, exit);
    }

    @Override
    public void run(ApplicationArguments args) {
        command.run(args);
    }
}
