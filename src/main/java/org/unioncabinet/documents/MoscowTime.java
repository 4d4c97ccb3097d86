package org.unioncabinet.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.unioncabinet.system.DisplayDates;

/** Dates and times as a member reads them in a document: Moscow time, Russian numeric format. */
final class MoscowTime {

    static final ZoneId ZONE = DisplayDates.MOSCOW;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);

    private MoscowTime() {
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
