package org.unioncabinet.reviewer;

import java.util.List;

import org.unioncabinet.csv.ImportFileCommand;
import org.unioncabinet.csv.LineError;

/**
 * What a reviewer import did, in Russian for the operator: lines read; reviewers added, changed (name, e-mail, a new
 * organisation), unchanged; memberships ended by «удалён» and accounts deleted with their last one; set-password mails
 * started; each line not loaded with the reason.
 */
public record ReviewerImportReport(int lines, int created, int updated, int unchanged, int removed, int deleted,
        int invited, List<LineError> errors) implements ImportFileCommand.Report {

    public ReviewerImportReport {
        errors = List.copyOf(errors);
    }

    @Override
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    @Override
    public String toText() {
        StringBuilder text = new StringBuilder()
                .append("Импорт рассматривающих заявления\n")
                .append("  строк с данными: ").append(lines).append('\n')
                .append("  добавлено: ").append(created).append('\n')
                .append("  обновлено: ").append(updated).append('\n')
                .append("  без изменений: ").append(unchanged).append('\n')
                .append("  исключено из организаций: ").append(removed).append('\n')
                .append("  удалено учётных записей: ").append(deleted).append('\n')
                .append("  писем со ссылкой для задания пароля: ").append(invited).append('\n')
                .append("  с ошибками (не загружены): ").append(errors.size()).append('\n');
        errors.forEach(error -> text.append(error).append('\n'));
        return text.toString();
    }
}
