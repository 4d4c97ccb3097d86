package org.unioncabinet.dictation;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.unioncabinet.csv.CsvColumn;
import org.unioncabinet.csv.CsvHeader;
import org.unioncabinet.csv.CsvHeaderException;
import org.unioncabinet.csv.CsvReader;
import org.unioncabinet.csv.CsvRecord;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.system.DisplayDates;

/**
 * Reads an edition's file (docs/dictation.md): first the edition, one {@code параметр;значение} a line, then an empty
 * line, then the questions under a header row. Every problem is collected with its line number, and a file with any
 * problem gives no edition: an edition is taken whole or not at all.
 */
final class DictationCsv {

    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 6;
    /** The award decision of an edition whose file names none: processes/dictation-award.dmn. */
    static final String DEFAULT_AWARD_DECISION = "dictationAward";
    private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    enum Parameter {
        CODE("код"), TITLE("название"), OPENS("открытие"), CLOSES("закрытие"), LIMIT("время, минут"),
        DEMO("демонстрационный"), AWARD_DECISION("таблица наград");

        final String name;

        Parameter(String name) {
            this.name = name;
        }
    }

    enum Column implements CsvColumn {
        QUESTION("вопрос"), TOPIC("тема"), POINTS("баллы"),
        OPTION_1("вариант 1"), OPTION_2("вариант 2"), OPTION_3("вариант 3"),
        OPTION_4("вариант 4"), OPTION_5("вариант 5"), OPTION_6("вариант 6"),
        CORRECT("верные");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        @Override
        public String header() {
            return header;
        }

        @Override
        public boolean isNamedBy(String cell) {
            return CsvColumn.forgivingKey(header).equals(CsvColumn.forgivingKey(cell));
        }
    }

    private static final List<Column> OPTIONS = List.of(Column.OPTION_1, Column.OPTION_2, Column.OPTION_3,
            Column.OPTION_4, Column.OPTION_5, Column.OPTION_6);

    /** The edition, or the reasons it is refused (each «Строка N: …»). */
    record Parsed(EditionFile edition, List<LineError> errors) {
    }

    private DictationCsv() {
    }

    /**
     * @param awardDecisions what is wrong with an award decision's id (empty when the attempts can use it): the
     *        import knows the engine's deployments, this parser does not
     */
    static Parsed parse(Reader text, Function<String, Optional<String>> awardDecisions) throws IOException {
        List<LineError> errors = new ArrayList<>();
        try (CsvReader reader = CsvReader.of(text)) {
            Map<Parameter, String> parameters = new TreeMap<>();
            Map<Parameter, Long> lines = new TreeMap<>();
            CsvRecord record = reader.next();
            while (record != null && !blank(record)) {
                readParameter(record, parameters, lines, errors);
                record = reader.next();
            }
            while (record != null && blank(record)) {
                record = reader.next();
            }
            if (record == null) {
                errors.add(new LineError(1, "в файле нет таблицы вопросов: после параметров выпуска и пустой строки "
                        + "нужен заголовок " + CsvHeader.documented(Column.class)));
                return new Parsed(null, errors);
            }
            CsvHeader<Column> header = CsvHeader.exactly(record, Column.class,
                    "; ожидается заголовок " + CsvHeader.documented(Column.class));
            List<EditionFile.Question> questions = new ArrayList<>();
            for (record = reader.next(); record != null; record = reader.next()) {
                if (blank(record)) {
                    continue;
                }
                EditionFile.Question question = question(record, header, questions.size() + 1, errors);
                if (question != null) {
                    questions.add(question);
                }
            }
            EditionFile edition = edition(parameters, lines, questions, awardDecisions, errors);
            return new Parsed(errors.isEmpty() ? edition : null, errors);
        } catch (CsvHeaderException header) {
            errors.add(header.error());
        } catch (CsvReader.NotUtf8Exception notUtf8) {
            errors.add(new LineError(notUtf8.line(), "файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»"));
        } catch (CsvReader.BrokenQuotesException quotes) {
            errors.add(new LineError(quotes.line(), "кавычки не закрыты; дальше файл не читается"));
        }
        return new Parsed(null, errors);
    }

    private static boolean blank(CsvRecord record) {
        return record.cells().stream().allMatch(String::isBlank);
    }

    private static void readParameter(CsvRecord record, Map<Parameter, String> parameters, Map<Parameter, Long> lines,
            List<LineError> errors) {
        String name = record.cells().get(0).strip().toLowerCase(Locale.ROOT);
        Parameter parameter = null;
        for (Parameter candidate : Parameter.values()) {
            if (candidate.name.equals(name)) {
                parameter = candidate;
            }
        }
        if (parameter == null) {
            errors.add(new LineError(record.line(), "неизвестный параметр выпуска «" + record.cells().get(0).strip()
                    + "»; допустимы: " + String.join(", ", names()) + "; таблицу вопросов отделите пустой строкой"));
            return;
        }
        if (record.cells().size() < 2 || record.cells().get(1).isBlank()) {
            errors.add(new LineError(record.line(), "у параметра «" + parameter.name + "» нет значения"));
            return;
        }
        if (parameters.putIfAbsent(parameter, record.cells().get(1).strip()) != null) {
            errors.add(new LineError(record.line(), "параметр «" + parameter.name + "» указан дважды"));
        }
        lines.putIfAbsent(parameter, record.line());
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : Parameter.values()) {
            names.add(parameter.name);
        }
        return names;
    }

    static EditionFile edition(Map<Parameter, String> parameters, Map<Parameter, Long> lines,
            List<EditionFile.Question> questions, Function<String, Optional<String>> awardDecisions,
            List<LineError> errors) {
        for (Parameter required : List.of(Parameter.CODE, Parameter.TITLE, Parameter.OPENS, Parameter.CLOSES,
                Parameter.LIMIT)) {
            if (!parameters.containsKey(required)) {
                errors.add(new LineError(1, "не указан параметр выпуска «" + required.name + "»"));
            }
        }
        if (questions.isEmpty()) {
            errors.add(new LineError(1, "в выпуске нет ни одного вопроса"));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        String code = parameters.get(Parameter.CODE);
        if (!code.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            errors.add(new LineError(lines.get(Parameter.CODE), "код выпуска «" + code + "»: только строчные латинские "
                    + "буквы, цифры и дефис, до 40 знаков (например, 2027-region)"));
        }
        String title = parameters.get(Parameter.TITLE);
        if (title.length() > 300) {
            errors.add(new LineError(lines.get(Parameter.TITLE), "название длиннее 300 знаков"));
        }
        Instant opens = moscowTime(parameters.get(Parameter.OPENS), lines.get(Parameter.OPENS), errors);
        Instant closes = moscowTime(parameters.get(Parameter.CLOSES), lines.get(Parameter.CLOSES), errors);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            errors.add(new LineError(lines.get(Parameter.CLOSES), "закрытие должно быть позже открытия"));
        }
        Duration limit = null;
        try {
            int minutes = Integer.parseInt(parameters.get(Parameter.LIMIT));
            if (minutes < 1 || minutes > 24 * 60) {
                throw new NumberFormatException();
            }
            limit = Duration.ofMinutes(minutes);
        } catch (NumberFormatException notMinutes) {
            errors.add(new LineError(lines.get(Parameter.LIMIT), "время на участие — целое число минут от 1 до 1440"));
        }
        boolean demo = false;
        if (parameters.containsKey(Parameter.DEMO)) {
            String value = parameters.get(Parameter.DEMO).toLowerCase(Locale.ROOT);
            if (!value.equals("да") && !value.equals("нет")) {
                errors.add(new LineError(lines.get(Parameter.DEMO), "«демонстрационный» — да или нет"));
            }
            demo = value.equals("да");
        }
        String awardDecision = parameters.getOrDefault(Parameter.AWARD_DECISION, DEFAULT_AWARD_DECISION);
        awardDecisions.apply(awardDecision).ifPresent(problem -> errors.add(
                new LineError(lines.getOrDefault(Parameter.AWARD_DECISION, 1L), problem)));
        return errors.isEmpty() ? new EditionFile(code, title, opens, closes, limit, demo, awardDecision, questions)
                : null;
    }

    private static Instant moscowTime(String text, long line, List<LineError> errors) {
        try {
            return LocalDateTime.parse(text, MOSCOW_TIME).atZone(DisplayDates.MOSCOW).toInstant();
        } catch (DateTimeParseException notATime) {
            errors.add(new LineError(line, "время «" + text + "» — по Москве в виде дд.мм.гггг чч:мм"));
            return null;
        }
    }

    private static EditionFile.Question question(CsvRecord record, CsvHeader<Column> header, int position,
            List<LineError> errors) {
        long line = record.line();
        List<String> cells = record.cells();
        if (cells.size() != header.width()) {
            errors.add(new LineError(line, "ячеек " + cells.size() + ", а в заголовке " + header.width()
                    + " (лишний или недостающий «;»?)"));
            return null;
        }
        List<String> options = new ArrayList<>();
        for (Column column : OPTIONS) {
            options.add(header.cell(cells, column));
        }
        return question(line, header.cell(cells, Column.QUESTION), header.cell(cells, Column.TOPIC),
                header.cell(cells, Column.POINTS), options, header.cell(cells, Column.CORRECT), position, errors);
    }

    /**
     * One question's cells, whichever format they came in: the option cells in order, empty ones after the last.
     * @return the question, or null when the line has errors (added to {@code errors})
     */
    static EditionFile.Question question(long line, String textCell, String topicCell, String pointsCell,
            List<String> optionCells, String correctCell, int position, List<LineError> errors) {
        int before = errors.size();
        String text = textCell.strip();
        if (text.isEmpty()) {
            errors.add(new LineError(line, "нет текста вопроса"));
        }
        String topic = topicCell.strip();
        if (topic.isEmpty() || topic.length() > 200) {
            errors.add(new LineError(line, "тема вопроса — от 1 до 200 знаков"));
        }
        int points = 0;
        try {
            points = Integer.parseInt(pointsCell.strip());
            if (points < 1 || points > 100) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException notPoints) {
            errors.add(new LineError(line, "баллы — целое число от 1 до 100"));
        }
        List<String> options = new ArrayList<>();
        boolean gap = false;
        boolean misplaced = false;
        for (int i = 0; i < optionCells.size(); i++) {
            String option = optionCells.get(i).strip();
            if (option.isEmpty()) {
                gap = true;
            } else if (gap) {
                errors.add(new LineError(line, "«вариант " + (i + 1) + "» заполнен после пустого варианта: "
                        + "варианты идут подряд с первого"));
                misplaced = true;
                break;
            } else {
                options.add(option);
            }
        }
        if ((options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) && !misplaced) {
            errors.add(new LineError(line, "вариантов ответа " + options.size() + ", нужно от 2 до 6"));
        }
        Set<Integer> correct = new LinkedHashSet<>();
        String correctText = correctCell.strip();
        for (String number : correctText.split("[,\\s]+")) {
            if (number.isEmpty()) {
                continue;
            }
            try {
                int index = Integer.parseInt(number);
                if (index < 1 || index > options.size()) {
                    errors.add(new LineError(line, "верный вариант " + index + ": такого варианта в строке нет"));
                } else {
                    correct.add(index);
                }
            } catch (NumberFormatException notANumber) {
                errors.add(new LineError(line, "«верные» — номера вариантов через запятую (например, 2 или 1,3), "
                        + "а не «" + number + "»"));
            }
        }
        if (correct.isEmpty() && errors.size() == before) {
            errors.add(new LineError(line, "не указан ни один верный вариант"));
        }
        if (correct.size() == options.size() && errors.size() == before) {
            errors.add(new LineError(line, "все варианты отмечены верными: вопрос ничего не проверяет"));
        }
        if (errors.size() > before) {
            return null;
        }
        List<EditionFile.Option> parsed = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            parsed.add(new EditionFile.Option(options.get(i), correct.contains(i + 1)));
        }
        return new EditionFile.Question(position, text, topic, points, parsed);
    }
}
