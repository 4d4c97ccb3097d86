package org.unioncabinet.mydata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.unioncabinet.system.DisplayDates;

/**
 * A titled part of «Мои данные»: items of label/value rows as the page and the PDF show them (Russian, Moscow time),
 * and the same facts as a JSON-able structure under a stable English {@code key} (records, lists, maps; dates as
 * {@link Instant} or {@link LocalDate}, written as ISO-8601).
 *
 * @param key the section's field name in the JSON, English, stable
 * @param title the section's heading, Russian
 * @param empty what the page says when there are no items
 * @param items what the page and the PDF show
 * @param data what the JSON holds
 */
public record DataSection(String key, String title, String empty, List<Item> items, Object data) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public DataSection {
        Objects.requireNonNull(key);
        Objects.requireNonNull(title);
        items = List.copyOf(items);
    }

    /** One thing held (an account, a consent, a document): a heading and its facts. */
    public record Item(String heading, List<Row> rows) {
        public Item {
            rows = List.copyOf(rows);
        }
    }

    /** One fact: its Russian label and its value as a member reads it. */
    public record Row(String label, String value) {
    }

    /** Builds an item's rows: a missing value reads «—». */
    public static final class Rows {

        private static final DisplayDates DATES = new DisplayDates();
        private final List<Row> rows = new ArrayList<>();

        public Rows add(String label, Object value) {
            rows.add(new Row(label, value == null || value.toString().isBlank() ? "—" : value.toString()));
            return this;
        }

        /** A moment as a date and Moscow time, «12.03.2026 14:05 (время московское)». */
        public Rows moment(String label, Instant value) {
            return add(label, value == null ? null : DATES.dateTime(value) + " (время московское)");
        }

        public Rows date(String label, LocalDate value) {
            return add(label, value == null ? null : DATE.format(value));
        }

        public Item item(String heading) {
            return new Item(heading, rows);
        }
    }
}
