package org.unioncabinet.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Russian production calendar of some years: which days are not worked although they are weekdays (holidays of
 * the Labour Code, art. 112, and days off transferred by law or by the government's decree) and which Saturdays or
 * Sundays are worked. Any other Saturday and Sunday is a day off. A year it does not list follows the Labour Code alone
 * ({@link #labourCode}).
 *
 * <p>Read from CSV: a header {@code date,kind,note}, then one day a line, {@code kind} one of {@code holiday},
 * {@code day-off}, {@code working-day}; lines starting with {@code #} and empty lines are ignored.
 */
final class ProductionCalendar {

    enum DayKind {
        HOLIDAY, DAY_OFF, WORKING_DAY;

        static DayKind parse(String text) {
            return switch (text.strip()) {
                case "holiday" -> HOLIDAY;
                case "day-off" -> DAY_OFF;
                case "working-day" -> WORKING_DAY;
                default -> throw new IllegalArgumentException("unknown kind «" + text.strip()
                        + "» (holiday, day-off, working-day)");
            };
        }
    }

    /** Non-working holidays of the Labour Code, art. 112 part 1. */
    static final List<MonthDay> LABOUR_CODE_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4), MonthDay.of(1, 5),
            MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8), MonthDay.of(2, 23), MonthDay.of(3, 8),
            MonthDay.of(5, 1), MonthDay.of(5, 9), MonthDay.of(6, 12), MonthDay.of(11, 4));

    private final Map<LocalDate, DayKind> days;
    private final Set<Integer> years;

    private ProductionCalendar(Map<LocalDate, DayKind> days, Set<Integer> years) {
        this.days = Map.copyOf(days);
        this.years = Set.copyOf(years);
    }

    static ProductionCalendar empty() {
        return new ProductionCalendar(Map.of(), Set.of());
    }

    /** @param source named in an error: «ru-2026.csv, строка 3: …» */
    static ProductionCalendar read(Reader reader, String source) throws IOException {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        boolean header = true;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.replace("\uFEFF", "").strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (text.startsWith("date")) {
                    continue;
                }
            }
            String[] cells = text.split(",", 3);
            if (cells.length < 2) {
                throw new IllegalArgumentException(source + ", строка " + number + ": ожидается «дата,вид,примечание»");
            }
            try {
                LocalDate date = LocalDate.parse(cells[0].strip());
                days.put(date, DayKind.parse(cells[1]));
                years.add(date.getYear());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ", строка " + number + ": " + e.getMessage(), e);
            }
        }
        return new ProductionCalendar(days, years);
    }

    /** This calendar with every year {@code override} lists taken from it instead. */
    ProductionCalendar overriddenBy(ProductionCalendar override) {
        Map<LocalDate, DayKind> merged = new HashMap<>();
        days.forEach((date, kind) -> {
            if (!override.years.contains(date.getYear())) {
                merged.put(date, kind);
            }
        });
        merged.putAll(override.days);
        Set<Integer> allYears = new TreeSet<>(years);
        allYears.addAll(override.years);
        return new ProductionCalendar(merged, allYears);
    }

    boolean covers(int year) {
        return years.contains(year);
    }

    Set<Integer> years() {
        return years;
    }

    boolean isWorkingDay(LocalDate date) {
        if (!covers(date.getYear())) {
            return labourCode(date.getYear()).isWorkingDay(date);
        }
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKING_DAY;
        }
        return !isWeekend(date);
    }

    /**
     * A year by the Labour Code alone: Saturdays and Sundays, the holidays of art. 112, and (part 2) a day off that
     * coincides with a holiday other than the January ones moved to the next working day. The government's
     * transfers of the January days off are not known.
     */
    static ProductionCalendar labourCode(int year) {
        Map<LocalDate, DayKind> days = new HashMap<>();
        for (MonthDay holiday : LABOUR_CODE_HOLIDAYS) {
            days.put(holiday.atYear(year), DayKind.HOLIDAY);
        }
        for (MonthDay holiday : LABOUR_CODE_HOLIDAYS) {
            LocalDate date = holiday.atYear(year);
            if (date.getMonthValue() != 1 && isWeekend(date)) {
                LocalDate next = date.plusDays(1);
                while (isWeekend(next) || days.containsKey(next)) {
                    next = next.plusDays(1);
                }
                days.put(next, DayKind.DAY_OFF);
            }
        }
        return new ProductionCalendar(days, Set.of(year));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
