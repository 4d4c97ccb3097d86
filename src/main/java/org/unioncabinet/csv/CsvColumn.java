package org.unioncabinet.csv;

import java.util.Locale;

/** A column an import expects, implemented by the import's enum of columns. */
public interface CsvColumn {

    /** The name the import documents, as messages to the operator show it. */
    String header();

    /** Whether a header cell names this column: exactly, spaces around it aside, unless the import forgives more. */
    default boolean isNamedBy(String cell) {
        return header().equals(cell.trim());
    }

    /**
     * A header cell as an import that forgives what spreadsheet editors do to headers compares it: lower case, ё as е,
     * no surrounding spaces, a space or hyphen as the underscore.
     */
    static String forgivingKey(String cell) {
        return cell.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-]+", "_");
    }
}
