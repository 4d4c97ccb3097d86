package org.unioncabinet.reviewer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.csv.CsvColumn;
import org.unioncabinet.csv.CsvHeader;
import org.unioncabinet.csv.CsvLines;
import org.unioncabinet.csv.CsvRecord;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.organisation.Inn;

/**
 * The reviewers' file: UTF-8 (a byte-order mark is allowed), «;» between fields, a header row naming the columns in any
 * order, in Russian or English:
 * <pre>логин;email;фамилия;имя;отчество;организация;статус</pre>
 * ({@code login;email;last_name;first_name;middle_name;organisation;status}). The organisation is the ИНН of an
 * educational organisation (its primary organisation's group) or a union organisation's group as Camunda Admin shows
 * it ({@code ppo123}, {@code territorial45}); the login Latin letters and digits, taken in lower case; the status {@code активен}/{@code active} (also when empty) or
 * {@code удалён}/{@code removed}. One reviewer of several organisations has one line per organisation. Each line is
 * checked on its own; what is wrong is said in Russian with the line number.
 */
final class ReviewerCsv {

    enum Column implements CsvColumn {

        LOGIN("логин", "login"),
        EMAIL("email", "e_mail"),
        LAST_NAME("фамилия", "last_name"),
        FIRST_NAME("имя", "first_name"),
        MIDDLE_NAME("отчество", "middle_name"),
        ORGANISATION("организация", "organisation"),
        STATUS("статус", "status");

        private final String russian;
        private final String english;

        Column(String russian, String english) {
            this.russian = russian;
            this.english = english;
        }

        @Override
        public String header() {
            return russian;
        }

        /** Forgiving about case, surrounding spaces, a space or hyphen instead of the underscore (e-mail). */
        @Override
        public boolean isNamedBy(String cell) {
            String key = CsvColumn.forgivingKey(cell);
            return russian.equals(key) || english.equals(key) || (this == EMAIL && key.equals("электронная_почта"));
        }
    }

    enum Status {
        ACTIVE, REMOVED
    }

    /** A line that passed every check; the e-mail normalised, names trimmed (empty on a removal line). */
    record Row(long line, String login, String email, String lastName, String firstName, String middleName,
            String organisation, Status status) {
    }

    record Parsed(int lines, List<Row> rows, List<LineError> errors) {
    }

    /** Camunda's default rule for user ids (letters and digits), and the column's width in ACT_ID_USER. */
    static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_NAME = 100;
    private static final String EXPECTED = ". Ожидается заголовок: " + CsvHeader.documented(Column.class);

    private final String adminUser;

    /** @param adminUser the Camunda administrator's id, which no line may name */
    ReviewerCsv(String adminUser) {
        this.adminUser = adminUser;
    }

    Parsed parse(Reader input) {
        List<Row> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> lineOfMembership = new HashMap<>();
        Map<String, Row> firstOfLogin = new HashMap<>();
        int lines = CsvLines.each(input, record -> CsvHeader.exactly(record, Column.class, EXPECTED), (record, header) -> {
            List<String> problems = new ArrayList<>();
            Row row = check(record, header, problems);
            if (row != null) {
                Long earlier = lineOfMembership.get(row.login() + "/" + row.organisation());
                Row sameLogin = firstOfLogin.get(row.login());
                if (earlier != null) {
                    problems.add("логин «" + row.login() + "» с этой организацией уже указан в строке " + earlier);
                } else if (row.status() == Status.ACTIVE && sameLogin != null && !sameLogin.email().equals(row.email())) {
                    problems.add("у логина «" + row.login() + "» в строке " + sameLogin.line() + " другой email");
                }
            }
            if (problems.isEmpty()) {
                rows.add(row);
                lineOfMembership.put(row.login() + "/" + row.organisation(), row.line());
                if (row.status() == Status.ACTIVE) {
                    firstOfLogin.putIfAbsent(row.login(), row);
                }
            } else {
                errors.add(new LineError(record.line(), String.join("; ", problems)));
            }
        }, errors);
        return new Parsed(lines, rows, errors);
    }

    private Row check(CsvRecord record, CsvHeader<Column> header, List<String> problems) {
        List<String> cells = record.cells();
        if (cells.size() != header.width()) {
            problems.add("неверное число полей: ожидалось " + header.width() + ", получено " + cells.size()
                    + " (разделитель — «;»)");
            return null;
        }
        String login = value(cells, header, Column.LOGIN);
        String email = value(cells, header, Column.EMAIL);
        String organisation = value(cells, header, Column.ORGANISATION).toLowerCase(Locale.ROOT);
        String statusText = value(cells, header, Column.STATUS);

        if (login.isEmpty()) {
            problems.add("не указан логин");
        } else if (!LOGIN.matcher(login).matches()) {
            problems.add("логин «" + shorten(login) + "» может состоять только из латинских букв и цифр "
                    + "(не длиннее 64 символов)");
        } else if (login.equalsIgnoreCase(adminUser)) {
            problems.add("учётную запись администратора импорт не изменяет");
        }
        Status status = status(statusText, problems);
        checkOrganisation(organisation, problems);
        String lastName = value(cells, header, Column.LAST_NAME);
        String firstName = value(cells, header, Column.FIRST_NAME);
        String middleName = value(cells, header, Column.MIDDLE_NAME);
        if (status == Status.ACTIVE) {
            EmailAddress.violation(email).ifPresent(violation -> problems.add(email.isEmpty() ? "не указан email"
                    : "email «" + shorten(email) + "» неверен: " + violation));
            if (lastName.isEmpty()) {
                problems.add("не указана фамилия");
            }
            if (firstName.isEmpty()) {
                problems.add("не указано имя");
            }
            if (lastName.length() > MAX_NAME || firstName.length() > MAX_NAME || middleName.length() > MAX_NAME) {
                problems.add("фамилия, имя или отчество длиннее " + MAX_NAME + " символов");
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // Camunda tells «Ivanova» from «ivanova»; the file does not, so a re-import never makes a second user
        return new Row(record.line(), login.toLowerCase(Locale.ROOT), status == Status.ACTIVE ? EmailAddress.normalize(email) : "", lastName,
                firstName, middleName, organisation, status);
    }

    private static Status status(String text, List<String> problems) {
        String key = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return switch (key) {
            case "", "активен", "active" -> Status.ACTIVE;
            case "удален", "removed" -> Status.REMOVED;
            default -> {
                problems.add("неизвестный статус «" + shorten(text) + "»: ожидается «активен» или «удалён»");
                yield null;
            }
        };
    }

    private static void checkOrganisation(String organisation, List<String> problems) {
        if (organisation.isEmpty()) {
            problems.add("не указана организация");
        } else if (organisation.chars().allMatch(Character::isDigit) && organisation.length() == Inn.LENGTH) {
            if (!Inn.isValid(organisation)) {
                problems.add("ИНН «" + organisation + "» неверен: не сходится контрольная цифра");
            }
        } else if (!ReviewerGroups.isOrganisationGroup(organisation)) {
            problems.add("организация «" + shorten(organisation) + "» не распознана: укажите ИНН образовательной "
                    + "организации (10 цифр) или группу профсоюзной организации (ppo123, territorial45)");
        }
    }

    private static String value(List<String> cells, CsvHeader<Column> header, Column column) {
        return SPACES.matcher(header.cell(cells, column).trim()).replaceAll(" ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
