package org.unioncabinet.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Dates as members read them: Moscow time, the reference of federal services, whatever zone the
 * server runs in. Templates call it as {@code ${@dates.dateTime(instant)}}.
 */
@Component("dates")
public class DisplayDates {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(MOSCOW);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(MOSCOW);

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A calendar day (a term's last day) as members read it. */
    public String day(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}
