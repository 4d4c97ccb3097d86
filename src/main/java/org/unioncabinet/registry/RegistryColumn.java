package org.unioncabinet.registry;

import org.unioncabinet.csv.CsvColumn;

/** The documented columns of a registry file, each with its Russian and English header. */
enum RegistryColumn implements CsvColumn {

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

    @Override
    public String header() {
        return russian;
    }

    /**
     * Forgiving about what spreadsheet editors do to headers: case, surrounding spaces, a space or hyphen instead of
     * the underscore.
     */
    @Override
    public boolean isNamedBy(String cell) {
        String key = CsvColumn.forgivingKey(cell);
        return russian.equals(key) || english.equals(key);
    }
}
