package org.unioncabinet.csv;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.springframework.boot.ApplicationArguments;

/**
 * What the operator's imports that print a report share ({@code --import-organisations=}, {@code --import-reviewers=}):
 * read the one file named by the option, import it, print the report to standard output (the command's output, not a
 * log line) and end with 0 when every line loaded, 2 when some lines were skipped (the report names them), 1 when the
 * file could not be read.
 */
public final class ImportFileCommand {

    /** An import's report as the command prints it. */
    public interface Report {
        boolean hasErrors();

        String toText();
    }

    private final String option;
    private final Function<Reader, ? extends Report> importer;
    private final PrintStream out;
    private final IntConsumer exit;

    /** @param importer imports text decoded as {@link CsvReader#utf8Text} does */
    public ImportFileCommand(String option, Function<Reader, ? extends Report> importer, PrintStream out,
            IntConsumer exit) {
        this.option = option;
        this.importer = importer;
        this.out = out;
        this.exit = exit;
    }

    /** Does nothing unless the arguments name the option. */
    public void run(ApplicationArguments args) {
        if (!args.containsOption(option)) {
            return;
        }
        List<String> values = args.getOptionValues(option);
        if (values.size() != 1 || values.get(0).isBlank()) {
            out.println("Укажите файл: --" + option + "=/путь/к/файлу.csv");
            exit.accept(1);
            return;
        }
        Path file = Path.of(values.get(0));
        Report report;
        try (Reader csv = CsvReader.utf8Text(Files.newInputStream(file))) {
            report = importer.apply(csv);
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
