package org.unioncabinet.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    private static final String EXPECTED = "; ожидается заголовок имя;дата";

    enum Column implements CsvColumn {
        NAME("имя"),
        DATE("дата");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    @Test
    void findsEachColumnWhereverItStands() {
        CsvHeader<Column> header = CsvHeader.exactly(line(1, "дата", " имя "), Column.class, EXPECTED);

        assertThat(header.width()).isEqualTo(2);
        assertThat(header.cell(List.of("01.02.2000", "Анна"), Column.NAME)).isEqualTo("Анна");
        assertThat(header.cell(List.of("01.02.2000", "Анна"), Column.DATE)).isEqualTo("01.02.2000");
    }

    @Test
    void stopsAtAnUnknownColumnAndSaysWhichHeaderToWrite() {
        assertThatThrownBy(() -> CsvHeader.exactly(line(1, "имя", "возраст", "дата"), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error()).isEqualTo(
                        new LineError(1, "в заголовке неизвестный столбец «возраст»; ожидается заголовок имя;дата")));
        assertThatThrownBy(() -> CsvHeader.exactly(line(1, "имя", "дата", "x".repeat(41)), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error().reason())
                        .startsWith("в заголовке неизвестный столбец «" + "x".repeat(40) + "…»"));
    }

    @Test
    void takesANameAsWrittenUnlessTheColumnsForgiveMore() {
        assertThatThrownBy(() -> CsvHeader.exactly(line(1, "Имя", "дата"), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error().reason())
                        .startsWith("в заголовке неизвестный столбец «Имя»"));
    }

    @Test
    void stopsAtAColumnNamedTwice() {
        assertThatThrownBy(() -> CsvHeader.exactly(line(1, "имя", "дата", "имя"), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error())
                        .isEqualTo(new LineError(1, "в заголовке дважды указан столбец «имя»")));
    }

    @Test
    void namesEveryMissingColumnInTheDocumentedOrder() {
        assertThatThrownBy(() -> CsvHeader.atLeast(line(3, "возраст"), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error()).isEqualTo(
                        new LineError(3, "в заголовке нет столбцов: имя, дата; ожидается заголовок имя;дата")));
    }

    @Test
    void canIgnoreColumnsOfTheFilesOwnButNotOnesWithoutAName() {
        CsvHeader<Column> header = CsvHeader.atLeast(line(1, "возраст", "дата", "имя"), Column.class, EXPECTED);

        assertThat(header.width()).isEqualTo(3);
        assertThat(header.cell(List.of("30", "01.02.2000", "Анна"), Column.NAME)).isEqualTo("Анна");
        assertThatThrownBy(() -> CsvHeader.atLeast(line(1, "имя", "дата", " "), Column.class, EXPECTED))
                .isInstanceOfSatisfying(CsvHeaderException.class, e -> assertThat(e.error().reason())
                        .isEqualTo("в заголовке неизвестный столбец «»; ожидается заголовок имя;дата"));
    }

    @Test
    void documentsTheHeaderAndReportsLinesAsTheOperatorReadsThem() {
        assertThat(CsvHeader.documented(Column.class)).isEqualTo("имя;дата");
        assertThat(new LineError(7, "не указано имя")).hasToString("Строка 7: не указано имя");
    }

    private static CsvRecord line(long line, String... cells) {
        return new CsvRecord(line, List.of(cells));
    }
}
