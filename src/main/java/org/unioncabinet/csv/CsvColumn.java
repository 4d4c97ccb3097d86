package org.unioncabinet.csv;

/** A column an import expects, implemented by the import's enum of columns. */
public interface CsvColumn {

    /** The name the import documents, as messages to the operator show it. */
    String header();

    /** Whether a header cell names this column: exactly, spaces around it aside, unless the import forgives more. */
    default boolean isNamedBy(String cell) {
        return header().equals(cell.trim());
    }
}
