package org.unioncabinet.reviewer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.unioncabinet.csv.CsvReader;

/**
 * The operator's import: {@code java -jar union-cabinet.jar --import-reviewers=/path/reviewers.csv} imports the file,
 * prints the report and ends the application, as {@code --import-organisations} does. Exit status 0 when every line
 * loaded, 2 when some lines were skipped (the report names them), 1 when the file could not be read. The mails it
 * starts are sent by the nodes' job executors (run it with {@code JOBS_ENABLED=false}).
 */
@Component
class ImportReviewersCommand implements ApplicationRunner {

    static final String OPTION = "import-reviewers";

    private final ReviewerImport importer;
    /** The report is this command's output, not a log line: it goes to standard output as it is. */
    private final PrintStream out;
    private final IntConsumer exit;

    @Autowired
    ImportReviewersCommand(ReviewerImport importer, ApplicationContext context) {
        this(importer, System.out, code -> System.exit(SpringApplication.exit(context, () -> code)));
    }

    ImportReviewersCommand(ReviewerImport importer, PrintStream out, IntConsumer exit) {
        this.importer = importer;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<String> values = args.getOptionValues(OPTION);
        if (values.size() != 1 || values.get(0).isBlank()) {
            out.println("Укажите файл: --" + OPTION + "=/путь/к/файлу.csv");
            exit.accept(1);
            return;
        }
        Path file = Path.of(values.get(0));
        ReviewerImportReport report;
        try (Reader csv = CsvReader.utf8Text(Files.newInputStream(file))) {
            report = importer.importCsv(csv);
        } catch (IOException e) {
            out.println("Не удалось прочитать файл " + file + ": " + e.getMessage());
            exit.accept(1);
            return;
        }
        out.print(report.toText());
        out.flush();
        exit.accept(report.hasErrors() ? 2 : 0);
    }
}
