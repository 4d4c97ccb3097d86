package org.unioncabinet.csv;

/** What is wrong with a line of an imported file: its 1-based number and why, in Russian, as import reports list it. */
public record LineError(long line, String reason) {

    @Override
    public String toString() {
        return "Строка " + line + ": " + reason;
    }
}
