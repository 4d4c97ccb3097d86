package org.unioncabinet.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.unioncabinet.csv.CsvHeader;

/**
 * Turns the cells of one line into a {@link RegistryRow}, or into every reason, in Russian, why it cannot be
 * one. Reasons name the field but never repeat its value: the report goes to logs, the file has the data.
 */
final class RowParser {

    static final int NAME_LENGTH = 100;
    static final int ORGANISATION_LENGTH = 500;
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final Pattern RUSSIAN_DATE = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter RUSSIAN_FORMAT =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final LocalDate today;

    /** @param today the latest date anywhere in the country: a birth date after it is in the future */
    RowParser(LocalDate today) {
        this.today = today;
    }

    sealed interface Parsed {
    }

    record Valid(RegistryRow row) implements Parsed {
    }

    record Invalid(String reason) implements Parsed {
    }

    Parsed parse(CsvHeader<RegistryColumn> header, List<String> cells) {
        if (cells.size() != header.width()) {
            return new Invalid("неверное число столбцов: " + cells.size() + " вместо " + header.width());
        }
        List<String> problems = new ArrayList<>();
        String lastName = required(cells, header, RegistryColumn.LAST_NAME, "не указана фамилия",
                "фамилия длиннее " + NAME_LENGTH + " символов", NAME_LENGTH, problems);
        String firstName = required(cells, header, RegistryColumn.FIRST_NAME, "не указано имя",
                "имя длиннее " + NAME_LENGTH + " символов", NAME_LENGTH, problems);
        String middleName = Names.clean(header.cell(cells, RegistryColumn.MIDDLE_NAME));
        if (middleName != null && middleName.length() > NAME_LENGTH) {
            problems.add("отчество длиннее " + NAME_LENGTH + " символов");
        }
        LocalDate birthDate = birthDate(header.cell(cells, RegistryColumn.BIRTH_DATE), problems);
        String ticketNumber = ticketNumber(header.cell(cells, RegistryColumn.TICKET_NUMBER), problems);
        String school = required(cells, header, RegistryColumn.EDUCATIONAL_ORGANISATION,
                "не указана образовательная организация",
                "название образовательной организации длиннее " + ORGANISATION_LENGTH + " символов",
                ORGANISATION_LENGTH, problems);
        String primary = required(cells, header, RegistryColumn.PRIMARY_ORGANISATION,
                "не указана первичная организация",
                "название первичной организации длиннее " + ORGANISATION_LENGTH + " символов",
                ORGANISATION_LENGTH, problems);
        MembershipStatus status = status(header.cell(cells, RegistryColumn.STATUS), problems);
        if (!problems.isEmpty()) {
            return new Invalid(String.join("; ", problems));
        }
        return new Valid(new RegistryRow(lastName, firstName, middleName, birthDate, ticketNumber, school, primary,
                status));
    }

    private static String required(List<String> cells, CsvHeader<RegistryColumn> header, RegistryColumn column,
            String missing, String tooLong, int maxLength, List<String> problems) {
        String value = Names.clean(header.cell(cells, column));
        if (value == null) {
            problems.add(missing);
        } else if (value.length() > maxLength) {
            problems.add(tooLong);
        }
        return value;
    }

    private LocalDate birthDate(String raw, List<String> problems) {
        String value = raw.strip();
        if (value.isEmpty()) {
            problems.add("не указана дата рождения");
            return null;
        }
        boolean russian = RUSSIAN_DATE.matcher(value).matches();
        if (!russian && !ISO_DATE.matcher(value).matches()) {
            problems.add("дата рождения не в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД");
            return null;
        }
        LocalDate date;
        try {
            // STRICT: 31.02.1990 is an error, not 03.03.1990
            date = russian ? LocalDate.parse(value, RUSSIAN_FORMAT) : LocalDate.parse(value);
        } catch (DateTimeParseException impossible) {
            problems.add("несуществующая дата рождения");
            return null;
        }
        if (date.isAfter(today)) {
            problems.add("дата рождения в будущем");
        } else if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            problems.add("дата рождения раньше 1900 года");
        }
        return date;
    }

    private static String ticketNumber(String raw, List<String> problems) {
        if (raw.isBlank()) {
            problems.add("не указан номер билета");
            return null;
        }
        if (!TicketNumber.isWellFormed(raw)) {
            problems.add("номер билета должен состоять из 16 цифр");
            return null;
        }
        // opaque: numbers issued before this system need not pass the Luhn check
        return TicketNumber.normalize(raw);
    }

    private static MembershipStatus status(String raw, List<String> problems) {
        String value = Names.comparable(raw);
        return switch (value) {
            case "", "active", "состоит", "состоит на учете" -> MembershipStatus.ACTIVE;
            case "left", "выбыл", "выбыла" -> MembershipStatus.LEFT;
            default -> {
                String shown = raw.strip().length() <= 30 ? raw.strip() : raw.strip().substring(0, 30) + "…";
                problems.add("неизвестный статус «" + shown + "»: допустимы ACTIVE, LEFT, состоит, выбыл");
                yield null;
            }
        };
    }
}
