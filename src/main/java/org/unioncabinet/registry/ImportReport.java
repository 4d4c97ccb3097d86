package org.unioncabinet.registry;

import java.util.ArrayList;
import java.util.List;

import org.unioncabinet.csv.LineError;

/**
 * What one import did, for the operator.
 *
 * @param linesRead data lines read (the header and empty lines not counted); always
 *                  {@code linesRead = created + updated + unchanged + errors.size()}, less one when stopped
 * @param created   records added
 * @param updated   records whose data changed
 * @param unchanged lines identical to the stored record
 * @param errors    lines that were not loaded, in file order; a stopping problem (header, encoding, quotes) is
 *                  the last one, and then {@code stopped} is true
 * @param stopped   whether reading stopped before the end of the file; lines before the stop are loaded
 */
public record ImportReport(int linesRead, int created, int updated, int unchanged, List<LineError> errors,
        boolean stopped) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /**
     * One line in Russian, e.g. «Прочитано строк: 20; добавлено: 18, обновлено: 0, без изменений: 0, с ошибками: 2.»,
     * after «Импорт остановлен на строке N.» when reading stopped (the reason is the last error).
     */
    public String summary() {
        int rowErrors = errors.size() - (stopped ? 1 : 0);
        String counts = "Прочитано строк: " + linesRead + "; добавлено: " + created + ", обновлено: " + updated
                + ", без изменений: " + unchanged + ", с ошибками: " + rowErrors + ".";
        return stopped ? "Импорт остановлен на строке " + errors.get(rowErrors).line() + ". " + counts : counts;
    }

    /** The summary, then every line with an error, as the import command prints them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        errors.forEach(error -> lines.add(error.toString()));
        return lines;
    }
}
