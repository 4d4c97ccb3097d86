package org.unioncabinet.dictation.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.unioncabinet.dictation.results.DictationResults.AttemptRow;
import org.unioncabinet.system.DisplayDates;

/**
 * An edition's attempts as CSV for a spreadsheet, one row per attempt: «;»-separated with a byte order mark, as
 * Russian Excel expects (as the funnel's CSV). Nothing that names the member: the attempt's id (the business key of
 * its process in Cockpit, for an operator asked about one result), the member's region and primary organisation as
 * the page counts them, Moscow times and the score; the page's figures are sums and means of these rows.
 */
final class ResultsCsv {

    static final String UNKNOWN = "организация не указана";
    private static final String BOM = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(DisplayDates.MOSCOW);
    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader("попытка", "регион", "первичная организация", "начата (мск)", "завершена (мск)", "баллы",
                    "максимум", "награда")
            .get();

    private ResultsCsv() {
    }

    static String attempts(List<AttemptRow> attempts) {
        StringWriter csv = new StringWriter().append(BOM);
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            for (AttemptRow row : attempts) {
                printer.printRecord(row.id(), row.region() == null ? "" : row.region(),
                        row.organisation() == null ? UNKNOWN : row.organisation(), TIME.format(row.startedAt()),
                        row.finishedAt() == null ? "" : TIME.format(row.finishedAt()),
                        row.score() == null ? "" : row.score(), row.maxScore() == null ? "" : row.maxScore(),
                        row.award() == null ? "" : row.award().label());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return csv.toString();
    }
}
