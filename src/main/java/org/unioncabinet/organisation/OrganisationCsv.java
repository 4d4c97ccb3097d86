package org.unioncabinet.organisation;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.unioncabinet.csv.CsvColumn;
import org.unioncabinet.csv.CsvHeader;
import org.unioncabinet.csv.CsvLines;
import org.unioncabinet.csv.CsvRecord;
import org.unioncabinet.csv.LineError;

/**
 * The import file: UTF-8 (a byte-order mark is allowed), «;» between fields, «"» around fields that
 * contain «;», quotes or line breaks, a header row naming the columns in any order:
 * <pre>регион;территориальная_организация;первичная_организация;полное_наименование;краткое_наименование;инн;муниципалитет</pre>
 * Reads every line and checks it on its own; what is wrong is said in Russian with the line number.
 */
final class OrganisationCsv {

    /** The columns, named exactly as documented (surrounding spaces aside); other columns in a file are ignored. */
    enum Column implements CsvColumn {

        REGION("регион"),
        TERRITORIAL("территориальная_организация"),
        PRIMARY("первичная_организация"),
        FULL_NAME("полное_наименование"),
        SHORT_NAME("краткое_наименование"),
        INN("инн"),
        MUNICIPALITY("муниципалитет");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }
    }

    private static final String EXPECTED = ". Ожидается заголовок: " + CsvHeader.documented(Column.class);
    private static final int MAX_NAME = 1000;
    private static final int MAX_SHORT = 500;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A line that passed every check; {@code regionId} is resolved, names are trimmed. */
    record Row(long line, int regionId, String territorial, String primary, String fullName, String shortName,
            String inn, String municipality) {
    }

    record Parsed(int lines, List<Row> rows, List<LineError> errors) {
    }

    private final Map<String, Integer> regionsByName;

    /** @param regions the known regions; a line may name one by its name (any case, ё or е) or by its code */
    OrganisationCsv(List<Region> regions) {
        this.regionsByName = new HashMap<>();
        regions.forEach(region -> {
            regionsByName.put(SearchText.normalise(region.name()), region.id());
            regionsByName.put(String.valueOf(region.id()), region.id());
            regionsByName.put("%02d".formatted(region.id()), region.id());
        });
    }

    /** Empty lines are skipped, also before the header; lines of spaces or bare «;» are lines with errors. */
    Parsed parse(Reader input) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> lineOfInn = new HashMap<>();
        int lines = CsvLines.each(input, record -> CsvHeader.atLeast(record, Column.class, EXPECTED), (record, header) -> {
            List<String> problems = new ArrayList<>();
            Row row = check(record, header, problems, lineOfInn);
            if (problems.isEmpty()) {
                rows.add(row);
                lineOfInn.put(row.inn(), record.line());
            } else {
                errors.add(new LineError(record.line(), String.join("; ", problems)));
            }
        }, errors);
        return new Parsed(lines, rows, errors);
    }

    private Row check(CsvRecord record, CsvHeader<Column> header, List<String> problems, Map<String, Long> lineOfInn) {
        List<String> cells = record.cells();
        if (cells.size() != header.width()) {
            problems.add("неверное число полей: ожидалось " + header.width() + ", получено " + cells.size()
                    + " (разделитель — «;»)");
            return null;
        }
        String regionName = value(cells, header, Column.REGION);
        String territorial = value(cells, header, Column.TERRITORIAL);
        String primary = value(cells, header, Column.PRIMARY);
        String fullName = value(cells, header, Column.FULL_NAME);
        String shortName = value(cells, header, Column.SHORT_NAME);
        String inn = value(cells, header, Column.INN);
        String municipality = value(cells, header, Column.MUNICIPALITY);

        Integer regionId = null;
        if (regionName.isEmpty()) {
            problems.add("не указан регион");
        } else {
            regionId = regionsByName.get(SearchText.normalise(regionName));
            if (regionId == null) {
                problems.add("неизвестный регион «" + regionName + "»");
            }
        }
        if (fullName.isEmpty()) {
            problems.add("не указано полное наименование");
        } else if (fullName.length() > MAX_NAME) {
            problems.add("полное наименование длиннее " + MAX_NAME + " символов");
        }
        if (shortName.length() > MAX_SHORT) {
            problems.add("краткое наименование длиннее " + MAX_SHORT + " символов");
        }
        checkInn(inn, problems, lineOfInn);
        if (municipality.isEmpty()) {
            problems.add("не указан муниципалитет");
        }
        if (!primary.isEmpty() && territorial.isEmpty()) {
            problems.add("первичная организация указана без территориальной");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // without a short name the full one is shown to members
        return new Row(record.line(), regionId, territorial, primary, fullName,
                shortName.isEmpty() ? fullName : shortName, inn, municipality);
    }

    private static void checkInn(String inn, List<String> problems, Map<String, Long> lineOfInn) {
        if (inn.isEmpty()) {
            problems.add("не указан ИНН");
        } else if (inn.length() != Inn.LENGTH || !Inn.digitsOnly(inn)) {
            String hint = inn.length() == Inn.LENGTH - 1 && Inn.digitsOnly(inn)
                    ? " (если файл сохраняли в Excel, проверьте, не пропал ли ведущий ноль)" : "";
            problems.add("ИНН «" + inn + "» должен состоять из 10 цифр" + hint);
        } else if (!Inn.isValid(inn)) {
            problems.add("ИНН «" + inn + "» неверен: не сходится контрольная цифра");
        } else if (lineOfInn.containsKey(inn)) {
            problems.add("ИНН «" + inn + "» уже встречается в строке " + lineOfInn.get(inn));
        }
    }

    /** The field, trimmed, inner runs of white space as one space (names copied from documents carry many). */
    private static String value(List<String> cells, CsvHeader<Column> header, Column column) {
        return SPACES.matcher(header.cell(cells, column).trim()).replaceAll(" ").strip();
    }
}
