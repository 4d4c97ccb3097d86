package org.unioncabinet.system;

import java.util.List;

/**
 * Start-up refused because of settings that would run the cabinet unsafely. Its message is the one line an operator
 * reads in the log ({@link UnsafeSettingsReporter}), naming every refused setting by its environment variable.
 */
public class UnsafeSettingsException extends RuntimeException {

    private final List<String> problems;

    public UnsafeSettingsException(String context, List<String> problems) {
        super(context + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each refused setting, e.g. {@code "ADMIN_PASSWORD is not set"}. */
    public List<String> problems() {
        return problems;
    }
}
