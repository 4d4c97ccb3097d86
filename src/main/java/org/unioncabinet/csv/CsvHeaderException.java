package org.unioncabinet.csv;

/** A header row that cannot be read: nothing after it can be, as no column is known to stand anywhere. */
public final class CsvHeaderException extends RuntimeException {

    private final LineError error;

    /** @param reason in Russian, for the operator */
    public CsvHeaderException(long line, String reason) {
        super("Unusable header at line " + line);
        this.error = new LineError(line, reason);
    }

    public LineError error() {
        return error;
    }
}
