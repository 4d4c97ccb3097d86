package org.unioncabinet.organisation;

import java.util.List;

/**
 * What an import did: data lines read, educational organisations created, updated and found
 * unchanged, and each line that was not loaded with the reason, in Russian for the operator.
 */
public record ImportReport(int lines, int created, int updated, int unchanged, List<LineError> errors) {

    /** A line of the file that was not loaded (line 1 is the header). */
    public record LineError(long line, String reason) {

        @Override
        public String toString() {
            return "Строка " + line + ": " + reason;
        }
    }

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The report as the operator reads it at the console. */
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
