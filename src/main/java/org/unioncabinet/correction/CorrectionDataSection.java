package org.unioncabinet.correction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/**
 * «Мои данные»: every «Заявление об изменении персональных данных» of the member, with what it asked and what became
 * of it (the scan by its name, type and SHA-256; its bytes are downloaded where the statement is shown).
 */
@Component
class CorrectionDataSection implements MemberDataSection {

    private static final String[][] FIELDS = {
        {"status", "Статус"}, {"ticket_number", "Номер электронного профсоюзного билета"},
        {"old_last_name", "Фамилия (была)"}, {"old_first_name", "Имя (было)"}, {"old_middle_name", "Отчество (было)"},
        {"old_birth_date", "Дата рождения (была)"}, {"old_educational_organisation", "Образовательная организация (была)"},
        {"new_last_name", "Фамилия (новая)"}, {"new_first_name", "Имя (новое)"}, {"new_middle_name", "Отчество (новое)"},
        {"new_birth_date", "Дата рождения (новая)"}, {"reason", "Причина"}, {"scan_file_name", "Подтверждающий документ"},
        {"scan_content_type", "Тип файла"}, {"scan_sha256", "Контрольная сумма файла (SHA-256)"},
        {"created_at", "Создано"}, {"submitted_at", "Подписано и подано"}, {"decided_at", "Решение принято"},
        {"rejection_reason", "Причина отказа"}};

    private final JdbcClient jdbc;

    CorrectionDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<Map<String, Object>> statements = jdbc.sql("""
                SELECT id, status, ticket_number, old_last_name, old_first_name, old_middle_name, old_birth_date,
                  old_educational_organisation, new_last_name, new_first_name, new_middle_name, new_birth_date, reason,
                  scan_file_name, scan_content_type, scan_sha256, created_at, submitted_at, decided_at, rejection_reason
                FROM app.correction_statement WHERE account_id = :account ORDER BY created_at DESC
                """).param("account", accountId).query().listOfRows();
        List<Map<String, Object>> data = statements.stream().map(CorrectionDataSection::json).toList();
        return new DataSection("correctionStatements", "Заявления об изменении персональных данных", "Заявлений нет.",
                statements.stream().map(statement -> {
                    DataSection.Rows rows = new DataSection.Rows();
                    for (String[] field : FIELDS) {
                        Object value = statement.get(field[0]);
                        if ("status".equals(field[0])) {
                            rows.add(field[1], CorrectionStatus.valueOf((String) value).label());
                        } else if (value instanceof java.sql.Timestamp moment) {
                            rows.moment(field[1], moment.toInstant());
                        } else if (value instanceof java.sql.Date date) {
                            rows.date(field[1], date.toLocalDate());
                        } else {
                            rows.add(field[1], value);
                        }
                    }
                    return rows.item("Заявление об изменении персональных данных");
                }).toList(), data);
    }

    /** The row with camelCase keys and ISO dates. */
    private static Map<String, Object> json(Map<String, Object> row) {
        Map<String, Object> json = new LinkedHashMap<>();
        row.forEach((column, value) -> json.put(camel(column), value instanceof java.sql.Timestamp moment
                ? moment.toInstant() : value instanceof java.sql.Date date ? date.toLocalDate() : value));
        return json;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
