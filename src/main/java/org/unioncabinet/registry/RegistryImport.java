package org.unioncabinet.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.unioncabinet.registry.ImportReport.RowError;

/**
 * Loads a registry file (see docs/operations.md «Importing the registry»): a header line, then one member per line, {@code ;}
 * between columns, UTF-8. The file is streamed and written in batches, so its size is bounded by the disk,
 * not the heap. Bad lines are reported with their line number and skipped; good lines load. Loading is an
 * upsert by ticket number, so a repeated import changes nothing and a corrected file fixes what changed.
 */
@Service
public class RegistryImport {

    static final int BATCH_SIZE = 1000;

    /** Russia's easternmost time zone: a birth date after today there is in the future everywhere. */
    private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(12);

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            // empty lines come through as records, so that every record's first line is known
            .setIgnoreEmptyLines(false)
            .get();

    private final RegistryUpsert upsert;
    private final Clock clock;

    public RegistryImport(RegistryUpsert upsert, Clock clock) {
        this.upsert = upsert;
        this.clock = clock;
    }

    /** @throws IOException when the file cannot be opened or read (not when its content is wrong) */
    public ImportReport importFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importFrom(in);
        }
    }

    /** @throws IOException when the stream cannot be read (not when its content is wrong) */
    public ImportReport importFrom(InputStream in) throws IOException {
        // Undecodable bytes become U+FFFD, which the run reports at its exact line (see Run#checkEncoding).
        Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Run run = new Run(new RowParser(LocalDate.now(clock.withZone(EASTERNMOST))));
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // taken before hasNext(), which already reads the record: the line it starts on, even when a
                // quoted value spans several lines
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CSVException) {
                        throw new RegistryFileException(line, "непарные кавычки или лишние символы после закрывающей "
                                + "кавычки; значения с точкой с запятой или кавычками заключите в \"…\", а кавычки "
                                + "внутри удвойте");
                    }
                    throw e.getCause();
                }
                run.accept(line, record.toList());
            }
        } catch (RegistryFileException stop) {
            return run.stop(stop);
        }
        return run.finish();
    }

    /** The state of one import: the header, the batch being filled, the counts so far. */
    private final class Run {

        private final RowParser parser;
        private final SeenTickets seen = new SeenTickets();
        private final List<RegistryRow> batch = new ArrayList<>(BATCH_SIZE);
        private final List<RowError> errors = new ArrayList<>();
        private RegistryHeader header;
        private int linesRead;
        private int created;
        private int updated;
        private int unchanged;

        Run(RowParser parser) {
            this.parser = parser;
        }

        void accept(long line, List<String> cells) {
            checkEncoding(line, cells);
            if (header == null) {
                header = RegistryHeader.of(cells);
                return;
            }
            if (isBlank(cells)) {
                return;
            }
            linesRead++;
            RowParser.Parsed parsed = parser.parse(header, cells);
            if (parsed instanceof RowParser.Invalid invalid) {
                errors.add(new RowError(line, invalid.reason()));
                return;
            }
            RegistryRow row = ((RowParser.Valid) parsed).row();
            int firstLine = seen.firstLineOf(row.ticketNumber(), Math.toIntExact(line));
            if (firstLine != 0) {
                errors.add(new RowError(line, "номер билета повторяется: он уже есть в строке " + firstLine));
                return;
            }
            batch.add(row);
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
        }

        ImportReport finish() {
            flush();
            if (header == null) {
                return stop(new RegistryFileException(1, "файл пуст: нет строки заголовка "
                        + RegistryColumn.documentedHeader()));
            }
            return new ImportReport(linesRead, created, updated, unchanged, errors, false);
        }

        /** Lines before the stop are still written: they were good, and a second run will not change them. */
        ImportReport stop(RegistryFileException stop) {
            flush();
            errors.add(new RowError(stop.line(), stop.reason()));
            return new ImportReport(linesRead, created, updated, unchanged, errors, true);
        }

        private void flush() {
            RegistryUpsert.Outcome outcome = upsert.write(batch);
            created += outcome.created();
            updated += outcome.updated();
            unchanged += outcome.unchanged();
            batch.clear();
        }

        /**
         * A file saved in Windows-1251 (Excel's «CSV (разделители — запятые)» on a Russian system) decodes to
         * U+FFFD; loading it would store garbled names, so reading stops at the first such line.
         */
        private static void checkEncoding(long line, List<String> cells) {
            for (String cell : cells) {
                if (cell.indexOf('\uFFFD') >= 0) {
                    throw new RegistryFileException(line, "файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»");
                }
            }
        }

        private static boolean isBlank(List<String> cells) {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
