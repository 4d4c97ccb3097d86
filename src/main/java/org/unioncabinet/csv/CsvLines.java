package org.unioncabinet.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The loop the imports that check line by line share: empty lines are skipped (also before the header), the first
 * other line is the header, each line after it goes to the caller; what stops the file (its header, its encoding,
 * broken quotes) becomes one more {@link LineError}, in Russian.
 */
public final class CsvLines {

    private CsvLines() {
    }

    /**
     * @param header reads the header row (e.g. {@link CsvHeader#atLeast}); given an empty row when the file has none
     * @return how many data lines the file had, the refused ones too
     */
    public static <C extends Enum<C> & CsvColumn> int each(Reader input, Function<CsvRecord, CsvHeader<C>> header,
            BiConsumer<CsvRecord, CsvHeader<C>> line, List<LineError> errors) {
        int lines = 0;
        long lastLine = 0;
        try (CsvReader csv = CsvReader.of(input)) {
            CsvHeader<C> columns = null;
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                lastLine = record.line();
                if (record.cells().equals(List.of(""))) {
                    continue;
                }
                if (columns == null) {
                    columns = header.apply(record);
                    continue;
                }
                lines++;
                line.accept(record, columns);
            }
            if (columns == null) {
                // no line but empty ones: the header check names every column as missing
                header.apply(new CsvRecord(1, List.of()));
            }
        } catch (CsvHeaderException e) {
            errors.add(e.error());
        } catch (CsvReader.NotUtf8Exception e) {
            errors.add(new LineError(e.line(),
                    "файл не в кодировке UTF-8 (сохраните его как «CSV UTF-8»); чтение остановлено"));
        } catch (CsvReader.BrokenQuotesException e) {
            errors.add(new LineError(e.line(), "файл не читается дальше: " + e.getMessage()));
        } catch (IOException e) {
            // the text itself failed, somewhere after the last record read
            errors.add(new LineError(lastLine + 1, "файл не читается дальше: " + e.getMessage()));
        }
        return lines;
    }
}
