package org.unioncabinet.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Working days by the Russian production calendar, for the legal clocks that count them (152-FZ, art. 20 and 21: an
 * answer within 10 working days). The bundled calendars ({@code classpath:calendar/ru-*.csv}) hold each year's
 * holidays, transferred days off and working Saturdays; an operator's file ({@code cabinet.calendar.file}) replaces
 * the years it lists. A year neither holds follows the Labour Code alone (weekends and the holidays of art. 112), and
 * start-up warns when this or next year is such a year.
 */
@Component
public class WorkingDays {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);
    private static final String BUNDLED = "classpath*:calendar/ru-*.csv";

    private final ProductionCalendar calendar;
    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    @Autowired
    public WorkingDays(CalendarProperties properties, Clock clock) {
        this(load(properties.file()), clock);
    }

    WorkingDays(ProductionCalendar calendar, Clock clock) {
        this.calendar = calendar;
        int year = LocalDate.now(clock.withZone(MOSCOW)).getYear();
        warnIfMissing(year);
        warnIfMissing(year + 1);
    }

    public boolean isWorkingDay(LocalDate date) {
        warnIfMissing(date.getYear());
        return calendar.isWorkingDay(date);
    }

    /** The {@code n}-th working day after {@code start} (the day of {@code start} itself is not counted). */
    public LocalDate plus(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Cannot count " + n + " working days");
        }
        LocalDate day = start;
        for (int counted = 0; counted < n;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day of a term of {@code n} working days that starts the day after {@code moment}, Moscow time. */
    public LocalDate plus(Instant moment, int n) {
        return plus(moment.atZone(MOSCOW).toLocalDate(), n);
    }

    /** When a term whose last day is {@code lastDay} is over: the start of the next day, Moscow time. */
    public static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(MOSCOW).toInstant();
    }

    private void warnIfMissing(int year) {
        if (!calendar.covers(year) && warned.add(year)) {
            log.warn("The production calendar has no year {} (it has {}): counting working days of {} by weekends "
                    + "and the Labour Code's holidays only; add the year's transfers in cabinet.calendar.file",
                    year, calendar.years(), year);
        }
    }

    static ProductionCalendar load(String operatorFile) {
        ProductionCalendar bundled = ProductionCalendar.empty();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(BUNDLED);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    bundled = bundled.overriddenBy(ProductionCalendar.read(reader, file.getFilename()));
                }
            }
            if (operatorFile == null || operatorFile.isBlank()) {
                return bundled;
            }
            try (Reader reader = Files.newBufferedReader(Path.of(operatorFile), StandardCharsets.UTF_8)) {
                ProductionCalendar own = ProductionCalendar.read(reader, operatorFile);
                log.info("Production calendar: years {} from {}", own.years(), operatorFile);
                return bundled.overriddenBy(own);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the production calendar: " + e.getMessage(), e);
        }
    }
}
