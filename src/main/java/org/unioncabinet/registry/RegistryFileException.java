package org.unioncabinet.registry;

/** A problem that stops reading the file (its header, encoding or quoting), at a 1-based line, in Russian. */
class RegistryFileException extends RuntimeException {

    private final long line;
    private final String reason;

    RegistryFileException(long line, String reason) {
        super("Registry file unreadable at line " + line);
        this.line = line;
        this.reason = reason;
    }

    long line() {
        return line;
    }

    String reason() {
        return reason;
    }
}
