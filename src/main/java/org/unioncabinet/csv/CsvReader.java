package org.unioncabinet.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a file an operator saved from a spreadsheet: {@code ;} between cells, {@code "} around cells that hold
 * {@code ;}, quotes or line breaks, UTF-8 with or without the byte-order mark Excel writes. Records come one at a
 * time, each with the line it starts on, so a file of millions of lines streams; empty lines come too, as a record of
 * one empty cell, for each import to decide what they mean.
 *
 * <p>This and the header check beside it are what the registry and the organisation directory imports share. They
 * form a module of their own rather than a part of {@code system}: they need nothing but Commons CSV, and an import
 * has no reason to depend on the operators' security and start-up that {@code system} holds.
 */
public final class CsvReader implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            // empty lines come through as records, so that every record's first line is known
            .setIgnoreEmptyLines(false)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvReader(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    /**
     * A file's bytes as text for {@link #of}. Undecodable bytes become U+FFFD rather than an exception from deep in a
     * buffer, so that {@link #next} can say on which line they are.
     */
    public static Reader utf8Text(InputStream bytes) {
        return new InputStreamReader(bytes, StandardCharsets.UTF_8);
    }

    public static CsvReader of(Reader text) throws IOException {
        BufferedReader reader = new BufferedReader(text);
        // Excel and Notepad start a UTF-8 file with U+FEFF; it is not part of the first cell
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return new CsvReader(CSVParser.parse(reader, FORMAT));
    }

    /**
     * @return the next record, or null after the last
     * @throws NotUtf8Exception      when the record holds U+FFFD: a file saved in Windows-1251 (Excel's «CSV
     *                               (разделители — запятые)» on a Russian system) decodes to it, and loading it would
     *                               store garbled names
     * @throws BrokenQuotesException when the record's quotes do not pair; nothing after it can be read
     * @throws IOException           when the text cannot be read (not when its content is wrong)
     */
    public CsvRecord next() throws IOException {
        // taken before hasNext(), which already reads the record: the line it starts on, even when a quoted value
        // spans several lines
        long line = parser.getCurrentLineNumber() + 1;
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException broken) {
                throw new BrokenQuotesException(line, broken.getMessage());
            }
            throw e.getCause();
        }
        List<String> cells = record.toList();
        for (String cell : cells) {
            if (cell.indexOf('\uFFFD') >= 0) {
                throw new NotUtf8Exception(line);
            }
        }
        return new CsvRecord(line, cells);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** The file is not in UTF-8 from this line on; the lines before it were read. */
    public static final class NotUtf8Exception extends RuntimeException {

        private final long line;

        NotUtf8Exception(long line) {
            super("Not UTF-8 at line " + line);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /**
     * A quote on this line is not closed, or is followed by more than a {@code ;}; the message is Commons CSV's own
     * account of it.
     */
    public static final class BrokenQuotesException extends RuntimeException {

        private final long line;

        BrokenQuotesException(long line, String parserMessage) {
            super(parserMessage);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
