package org.unioncabinet.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each column stands in a file; columns may come in any order, but each exactly once. */
final class RegistryHeader {

    private final Map<RegistryColumn, Integer> positions;
    private final int width;

    private RegistryHeader(Map<RegistryColumn, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** @throws RegistryFileException when a column is unknown, repeated or missing */
    static RegistryHeader of(List<String> cells) {
        if (cells.stream().allMatch(cell -> stripByteOrderMark(cell).isBlank())) {
            throw new RegistryFileException(1, "первая строка пуста; ожидается заголовок "
                    + RegistryColumn.documentedHeader());
        }
        if (cells.size() == 1 && cells.get(0).matches(".*[,\t].*")) {
            throw new RegistryFileException(1, "столбцы должны разделяться точкой с запятой (;); ожидается заголовок "
                    + RegistryColumn.documentedHeader());
        }
        Map<RegistryColumn, Integer> positions = new EnumMap<>(RegistryColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String cell = i == 0 ? stripByteOrderMark(cells.get(i)) : cells.get(i);
            Optional<RegistryColumn> column = RegistryColumn.named(cell);
            if (column.isEmpty()) {
                throw new RegistryFileException(1, "в заголовке неизвестный столбец «" + shorten(cell)
                        + "»; ожидается заголовок " + RegistryColumn.documentedHeader());
            }
            if (positions.putIfAbsent(column.get(), i) != null) {
                throw new RegistryFileException(1, "в заголовке дважды указан столбец «" + column.get().russian() + "»");
            }
        }
        List<String> missing = new ArrayList<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            if (!positions.containsKey(column)) {
                missing.add(column.russian());
            }
        }
        if (!missing.isEmpty()) {
            throw new RegistryFileException(1, "в заголовке нет столбцов: " + String.join(", ", missing)
                    + "; ожидается заголовок " + RegistryColumn.documentedHeader());
        }
        return new RegistryHeader(positions, cells.size());
    }

    int width() {
        return width;
    }

    int positionOf(RegistryColumn column) {
        return positions.get(column);
    }

    /** Excel and Notepad start a UTF-8 file with U+FEFF; it is not part of the first header. */
    private static String stripByteOrderMark(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 40) + "…";
    }
}
