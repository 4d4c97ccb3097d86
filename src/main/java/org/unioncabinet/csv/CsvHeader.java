package org.unioncabinet.csv;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where each column stands in a file, read from its header row: columns may come in any order, each exactly once.
 * What is wrong with a header is said in Russian and stops the file ({@link CsvHeaderException}).
 */
public final class CsvHeader<C extends Enum<C> & CsvColumn> {

    private static final int SHOWN_LENGTH = 40;

    private final Map<C, Integer> positions;
    private final int width;

    private CsvHeader(Map<C, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /**
     * Every cell must name a column, so that a misspelt name is reported as written rather than as a missing column.
     *
     * @param expected what follows a message about an unknown or missing column, to tell the operator which header
     *                 to write; each import has its own words for it
     */
    public static <C extends Enum<C> & CsvColumn> CsvHeader<C> exactly(CsvRecord header, Class<C> columns,
            String expected) {
        return read(header, columns, false, expected);
    }

    /**
     * Cells that name no column are ignored: the file may carry columns of its own. An empty cell still stops the
     * file, as a column without a name is most often a stray {@code ;}. See {@link #exactly}.
     */
    public static <C extends Enum<C> & CsvColumn> CsvHeader<C> atLeast(CsvRecord header, Class<C> columns,
            String expected) {
        return read(header, columns, true, expected);
    }

    /** The documented header row, for messages that tell the operator what the file should look like. */
    public static <C extends Enum<C> & CsvColumn> String documented(Class<C> columns) {
        return EnumSet.allOf(columns).stream().map(CsvColumn::header).collect(Collectors.joining(";"));
    }

    /** How many cells every line must have: as many as the header. */
    public int width() {
        return width;
    }

    /** The column's cell of a line that is {@link #width} cells wide. */
    public String cell(List<String> cells, C column) {
        return cells.get(positions.get(column));
    }

    private static <C extends Enum<C> & CsvColumn> CsvHeader<C> read(CsvRecord header, Class<C> columns,
            boolean othersIgnored, String expected) {
        List<String> cells = header.cells();
        Map<C, Integer> positions = new EnumMap<>(columns);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            Optional<C> column = EnumSet.allOf(columns).stream().filter(c -> c.isNamedBy(cell)).findFirst();
            if (column.isEmpty()) {
                if (othersIgnored && !cell.isBlank()) {
                    continue;
                }
                throw new CsvHeaderException(header.line(), "в заголовке неизвестный столбец «" + shorten(cell) + "»"
                        + expected);
            }
            if (positions.putIfAbsent(column.get(), i) != null) {
                throw new CsvHeaderException(header.line(), "в заголовке дважды указан столбец «"
                        + column.get().header() + "»");
            }
        }
        List<String> missing = EnumSet.allOf(columns).stream().filter(column -> !positions.containsKey(column))
                .map(CsvColumn::header).toList();
        if (!missing.isEmpty()) {
            throw new CsvHeaderException(header.line(), "в заголовке нет столбцов: " + String.join(", ", missing)
                    + expected);
        }
        return new CsvHeader<>(positions, cells.size());
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= SHOWN_LENGTH ? stripped : stripped.substring(0, SHOWN_LENGTH) + "…";
    }
}
