package org.unioncabinet.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.calendar.*}.
 *
 * @param file an operator's production calendar (the format of {@code calendar/ru-2026.csv}); each year it lists
 *             replaces the bundled calendar of that year. Empty: the bundled calendars only.
 */
@ConfigurationProperties(prefix = "cabinet.calendar")
public record CalendarProperties(String file) {
}
