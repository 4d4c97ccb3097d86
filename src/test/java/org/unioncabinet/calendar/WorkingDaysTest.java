package org.unioncabinet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDaysTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);

    private final WorkingDays bundled = new WorkingDays(new CalendarProperties(""), DECEMBER_2026);

    @Test
    void countsTenWorkingDaysOverTheNewYearHolidaysOf2026() {
        // from Wed 31.12.2025: 1–11 January off (9 January transferred by decree 1466), 12 January is the first day
        assertThat(bundled.plus(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(bundled.plus(LocalDate.of(2025, 12, 31), 10)).isEqualTo(LocalDate.of(2026, 1, 23));
    }

    @Test
    void skipsTheHolidaysAndTheirTransfersOfSpring2026() {
        // Fri 20.02: Mon 23.02 is a holiday; Fri 06.03: Mon 09.03 is off for Sun 08.03
        assertThat(bundled.plus(LocalDate.of(2026, 2, 20), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(bundled.plus(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 10));
        // Thu 30.04: Fri 01.05 holiday, Mon 04.05 worked … Fri 08.05, Mon 11.05 off for Sat 09.05
        assertThat(bundled.plus(LocalDate.of(2026, 4, 30), 5)).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(bundled.plus(LocalDate.of(2026, 4, 30), 6)).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(bundled.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2026, 11, 4))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2026, 11, 5))).isTrue();
    }

    @Test
    void countsFromTheDayAfterTheMomentInMoscow() {
        // 21:30 UTC on Friday 27.11.2026 is already Saturday 28.11 in Moscow: the term starts on Sunday
        assertThat(bundled.plus(Instant.parse("2026-11-27T21:30:00Z"), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(bundled.plus(Instant.parse("2026-11-27T20:30:00Z"), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(bundled.plus(Instant.parse("2026-11-26T20:30:00Z"), 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(WorkingDays.endOf(LocalDate.of(2026, 11, 30))).isEqualTo(Instant.parse("2026-11-30T21:00:00Z"));
    }

    @Test
    void aYearNotInTheCalendarFollowsTheLabourCode() {
        // 2028: Saturday 04.11 moves to Monday 06.11 (art. 112 part 2)
        assertThat(bundled.isWorkingDay(LocalDate.of(2028, 11, 4))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2028, 11, 6))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2028, 11, 7))).isTrue();
        // January days off falling on a weekend are not moved by the code (a decree does that)
        assertThat(bundled.plus(LocalDate.of(2028, 1, 1), 1)).isEqualTo(LocalDate.of(2028, 1, 10));
        assertThat(bundled.isWorkingDay(LocalDate.of(2028, 6, 12))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2028, 6, 13))).isTrue();
    }

    @Test
    void theOperatorsFileReplacesTheYearsItLists(@TempDir Path directory) throws IOException {
        Path own = directory.resolve("calendar.csv");
        Files.writeString(own, """
                date,kind,note
                # a decree the bundled file does not know yet
                2027-01-11,day-off,Перенос
                2027-11-13,working-day,Рабочая суббота
                """, StandardCharsets.UTF_8);
        WorkingDays operators = new WorkingDays(new CalendarProperties(own.toString()), DECEMBER_2026);
        assertThat(operators.isWorkingDay(LocalDate.of(2027, 1, 11))).isFalse();
        assertThat(operators.isWorkingDay(LocalDate.of(2027, 11, 13))).isTrue();
        // the year is the operator's now: the bundled 2027 holidays no longer count, 2026 still does
        assertThat(operators.isWorkingDay(LocalDate.of(2027, 3, 8))).isTrue();
        assertThat(operators.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse();
        assertThat(bundled.isWorkingDay(LocalDate.of(2027, 11, 13))).isFalse();
    }

    @Test
    void refusesAMalformedCalendarNamingTheLine() {
        assertThatThrownBy(() -> ProductionCalendar.read(new StringReader("date,kind\n2026-01-09,off\n"), "own.csv"))
                .hasMessageContaining("own.csv, строка 2").hasMessageContaining("off");
        assertThatThrownBy(() -> ProductionCalendar.read(new StringReader("2026-13-01,holiday\n"), "own.csv"))
                .hasMessageContaining("own.csv, строка 1");
    }
}
