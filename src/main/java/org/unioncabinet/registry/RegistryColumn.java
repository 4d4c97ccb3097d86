package org.unioncabinet.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The documented columns of a registry file, each with its Russian and English header. */
enum RegistryColumn {

    LAST_NAME("фамилия", "last_name"),
    FIRST_NAME("имя", "first_name"),
    MIDDLE_NAME("отчество", "middle_name"),
    BIRTH_DATE("дата_рождения", "birth_date"),
    TICKET_NUMBER("номер_билета", "ticket_number"),
    EDUCATIONAL_ORGANISATION("образовательная_организация", "educational_organisation"),
    PRIMARY_ORGANISATION("первичная_организация", "primary_organisation"),
    STATUS("статус", "status");

    private final String russian;
    private final String english;

    RegistryColumn(String russian, String english) {
        this.russian = russian;
        this.english = english;
    }

    String russian() {
        return russian;
    }

    /**
     * The column a header cell names. Forgiving about what spreadsheet editors do to headers: case,
     * surrounding spaces, a space or hyphen instead of the underscore.
     */
    static Optional<RegistryColumn> named(String header) {
        String key = header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-]+", "_");
        return Arrays.stream(values())
                .filter(column -> column.russian.equals(key) || column.english.equals(key))
                .findFirst();
    }

    /** The documented header line, for messages that tell the operator what the file should look like. */
    static String documentedHeader() {
        return String.join(";", Arrays.stream(values()).map(RegistryColumn::russian).toList());
    }
}
