package org.unioncabinet.csv;

import java.util.List;

/** One record of a file: its cells as written (quotes removed) and the 1-based line it starts on. */
public record CsvRecord(long line, List<String> cells) {

    public CsvRecord {
        cells = List.copyOf(cells);
    }
}
