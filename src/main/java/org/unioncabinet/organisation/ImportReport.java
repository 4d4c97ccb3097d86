package org.unioncabinet.organisation;

import java.util.List;

import org.unioncabinet.csv.ImportFileCommand;
import org.unioncabinet.csv.LineError;

/**
 * What an import did: data lines read, educational organisations created, updated and found
 * unchanged, and each line that was not loaded with the reason, in Russian for the operator.
 */
public record ImportReport(int lines, int created, int updated, int unchanged, List<LineError> errors)
        implements ImportFileCommand.Report {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    @Override
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The report as the operator reads it at the console. */
    @Override
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append("Импорт образовательных организаций\n")
                .append("  строк с данными: ").append(lines).append('\n')
                .append("  добавлено: ").append(created).append('\n')
                .append("  обновлено: ").append(updated).append('\n')
                .append("  без изменений: ").append(unchanged).append('\n')
                .append("  с ошибками (не загружены): ").append(errors.size()).append('\n');
        errors.forEach(error -> text.append(error).append('\n'));
        return text.toString();
    }
}
