package org.unioncabinet.organisation;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unioncabinet.organisation.ImportReport.LineError;

/**
 * The import file: UTF-8 (a byte-order mark is allowed), «;» between fields, «"» around fields that
 * contain «;», quotes or line breaks, a header row naming the columns in any order:
 * <pre>регион;территориальная_организация;первичная_организация;полное_наименование;краткое_наименование;инн;муниципалитет</pre>
 * Reads every line and checks it on its own; what is wrong is said in Russian with the line number.
 */
final class OrganisationCsv {

    static final String REGION = "регион";
    static final String TERRITORIAL = "территориальная_организация";
    static final String PRIMARY = "первичная_организация";
    static final String FULL_NAME = "полное_наименование";
    static final String SHORT_NAME = "краткое_наименование";
    static final String INN = "инн";
    static final String MUNICIPALITY = "муниципалитет";
    static final List<String> COLUMNS = List.of(REGION, TERRITORIAL, PRIMARY, FULL_NAME, SHORT_NAME, INN, MUNICIPALITY);

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

    Parsed parse(Reader input) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> lineOfInn = new HashMap<>();
        int lines = 0;
        try (CSVParser parser = format.parse(withoutByteOrderMark(input))) {
            List<String> missing = COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                errors.add(new LineError(1, "в заголовке нет столбцов: " + String.join(", ", missing)
                        + ". Ожидается заголовок: " + String.join(";", COLUMNS)));
                return new Parsed(0, rows, errors);
            }
            for (CSVRecord record : parser) {
                lines++;
                // the parser has just read this record's last line; records are almost always one line
                long line = parser.getCurrentLineNumber();
                List<String> problems = new ArrayList<>();
                Row row = check(record, line, problems, lineOfInn);
                if (problems.isEmpty()) {
                    rows.add(row);
                    lineOfInn.put(row.inn(), line);
                } else {
                    errors.add(new LineError(line, String.join("; ", problems)));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            String reason = cause instanceof CharacterCodingException
                    ? "файл не в кодировке UTF-8 (сохраните его как «CSV UTF-8»); чтение остановлено"
                    : "файл не читается дальше: " + cause.getMessage();
            errors.add(new LineError(lines + 2L, reason));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV: a duplicate or empty column name in the header, an unclosed quote
            errors.add(new LineError(lines + 1L, "файл не разбирается как CSV: " + e.getMessage()));
        }
        return new Parsed(lines, rows, errors);
    }

    private Row check(CSVRecord record, long line, List<String> problems, Map<String, Long> lineOfInn) {
        if (!record.isConsistent()) {
            problems.add("неверное число полей: ожидалось " + record.getParser().getHeaderNames().size()
                    + ", получено " + record.size() + " (разделитель — «;»)");
            return null;
        }
        String regionName = value(record, REGION);
        String territorial = value(record, TERRITORIAL);
        String primary = value(record, PRIMARY);
        String fullName = value(record, FULL_NAME);
        String shortName = value(record, SHORT_NAME);
        String inn = value(record, INN);
        String municipality = value(record, MUNICIPALITY);

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
        return new Row(line, regionId, territorial, primary, fullName, shortName.isEmpty() ? fullName : shortName,
                inn, municipality);
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
    private static String value(CSVRecord record, String column) {
        String value = record.get(column);
        return value == null ? "" : SPACES.matcher(value).replaceAll(" ").strip();
    }

    private static Reader withoutByteOrderMark(Reader input) throws IOException {
        PushbackReader reader = new PushbackReader(input, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
