package org.unioncabinet.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.unioncabinet.csv.CsvHeader;
import org.unioncabinet.csv.CsvHeaderException;
import org.unioncabinet.csv.CsvReader;
import org.unioncabinet.csv.CsvRecord;
import org.unioncabinet.csv.LineError;

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

    /** Ends the messages about a wrong header line: the operator sees the one to write. */
    private static final String EXPECTED = "; ожидается заголовок " + CsvHeader.documented(RegistryColumn.class);

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
        Run run = new Run(new RowParser(LocalDate.now(clock.withZone(EASTERNMOST))));
        try (CsvReader csv = CsvReader.of(CsvReader.utf8Text(in))) {
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                run.accept(record);
            }
        } catch (CsvReader.NotUtf8Exception e) {
            return run.stop(new LineError(e.line(), "файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»"));
        } catch (CsvReader.BrokenQuotesException e) {
            return run.stop(new LineError(e.line(), "непарные кавычки или лишние символы после закрывающей кавычки; "
                    + "значения с точкой с запятой или кавычками заключите в \"…\", а кавычки внутри удвойте"));
        } catch (CsvHeaderException e) {
            return run.stop(e.error());
        }
        return run.finish();
    }

    /** The state of one import: the header, the batch being filled, the counts so far. */
    private final class Run {

        private final RowParser parser;
        private final SeenTickets seen = new SeenTickets();
        private final List<RegistryRow> batch = new ArrayList<>(BATCH_SIZE);
        private final List<LineError> errors = new ArrayList<>();
        private CsvHeader<RegistryColumn> header;
        private int linesRead;
        private int created;
        private int updated;
        private int unchanged;

        Run(RowParser parser) {
            this.parser = parser;
        }

        void accept(CsvRecord record) {
            if (header == null) {
                header = header(record);
                return;
            }
            List<String> cells = record.cells();
            if (isBlank(cells)) {
                return;
            }
            linesRead++;
            long line = record.line();
            RowParser.Parsed parsed = parser.parse(header, cells);
            if (parsed instanceof RowParser.Invalid invalid) {
                errors.add(new LineError(line, invalid.reason()));
                return;
            }
            RegistryRow row = ((RowParser.Valid) parsed).row();
            int firstLine = seen.firstLineOf(row.ticketNumber(), Math.toIntExact(line));
            if (firstLine != 0) {
                errors.add(new LineError(line, "номер билета повторяется: он уже есть в строке " + firstLine));
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
                return stop(new LineError(1, "файл пуст: нет строки заголовка "
                        + CsvHeader.documented(RegistryColumn.class)));
            }
            return new ImportReport(linesRead, created, updated, unchanged, errors, false);
        }

        /** Lines before the stop are still written: they were good, and a second run will not change them. */
        ImportReport stop(LineError stop) {
            flush();
            errors.add(stop);
            return new ImportReport(linesRead, created, updated, unchanged, errors, true);
        }

        private void flush() {
            RegistryUpsert.Outcome outcome = upsert.write(batch);
            created += outcome.created();
            updated += outcome.updated();
            unchanged += outcome.unchanged();
            batch.clear();
        }

        /** The first line, which must name every column once; a file written with commas is told so. */
        private static CsvHeader<RegistryColumn> header(CsvRecord first) {
            List<String> cells = first.cells();
            if (isBlank(cells)) {
                throw new CsvHeaderException(first.line(), "первая строка пуста" + EXPECTED);
            }
            if (cells.size() == 1 && cells.get(0).matches(".*[,\t].*")) {
                throw new CsvHeaderException(first.line(),
                        "столбцы должны разделяться точкой с запятой (;)" + EXPECTED);
            }
            return CsvHeader.exactly(first, RegistryColumn.class, EXPECTED);
        }

        private static boolean isBlank(List<String> cells) {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
