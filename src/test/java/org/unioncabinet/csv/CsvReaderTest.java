package org.unioncabinet.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void givesEachRecordWithTheLineItStartsOnEmptyLinesIncluded() throws IOException {
        List<CsvRecord> records =
                readAll("имя;дата\r\n\r\n\"Детский сад\nкорпус 2\";\"a;b\"\nАнна;\"\"\"Ромашка\"\"\"");

        assertThat(records).containsExactly(
                new CsvRecord(1, List.of("имя", "дата")),
                new CsvRecord(2, List.of("")),
                new CsvRecord(3, List.of("Детский сад\nкорпус 2", "a;b")),
                new CsvRecord(5, List.of("Анна", "\"Ромашка\"")));
    }

    @Test
    void dropsTheByteOrderMarkExcelWritesBeforeTheFirstCell() throws IOException {
        assertThat(readAll("\uFEFF\"имя\";дата\n")).containsExactly(new CsvRecord(1, List.of("имя", "дата")));
        assertThat(readAll("\uFEFF")).isEmpty();
    }

    @Test
    void stopsAtTheFirstLineNotInUtf8AfterGivingTheLinesBefore() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("имя;дата\nАнна;01.02.2000\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Пётр;03.04.2001\n".getBytes(Charset.forName("windows-1251")));
        List<CsvRecord> before = new ArrayList<>();

        try (CsvReader csv = CsvReader.of(CsvReader.utf8Text(new ByteArrayInputStream(bytes.toByteArray())))) {
            assertThatThrownBy(() -> {
                for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                    before.add(record);
                }
            }).isInstanceOfSatisfying(CsvReader.NotUtf8Exception.class, e -> assertThat(e.line()).isEqualTo(3));
        }
        assertThat(before).extracting(CsvRecord::line).containsExactly(1L, 2L);
    }

    @Test
    void stopsAtQuotesThatDoNotPairOnTheLineTheyStartOn() throws IOException {
        try (CsvReader csv = CsvReader.of(new StringReader("имя;школа\nАнна;\"Школа\" № 5\n"))) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.BrokenQuotesException.class, e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.getMessage()).as("Commons CSV's own account").isNotBlank();
            });
        }
        try (CsvReader csv = CsvReader.of(new StringReader("имя;школа\nАнна;\"Школа № 5\nПётр;Лицей\n"))) {
            csv.next();
            assertThatThrownBy(csv::next).isInstanceOfSatisfying(CsvReader.BrokenQuotesException.class,
                    e -> assertThat(e.line()).isEqualTo(2));
        }
    }

    private static List<CsvRecord> readAll(String text) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader csv = CsvReader.of(new StringReader(text))) {
            for (CsvRecord record = csv.next(); record != null; record = csv.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
