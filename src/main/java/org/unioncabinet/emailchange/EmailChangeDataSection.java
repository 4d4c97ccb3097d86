package org.unioncabinet.emailchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: every «Изменить email» of the member: from which address to which, what became of it, when. */
@Component
class EmailChangeDataSection implements MemberDataSection {

    private static final Map<String, String> STATUSES = Map.of(
            "PENDING", "Ожидает подтверждения по ссылке",
            "ADDRESS_TAKEN", "Адрес уже занят другим личным кабинетом",
            "CONFIRMED", "Email изменён",
            "EXPIRED", "Ссылка устарела",
            "SUPERSEDED", "Заменено новым запросом",
            "UNDONE", "Отменено по ссылке «Это были не вы?» с прежнего адреса");

    /** A request as the JSON holds it. */
    record EmailChangeData(UUID id, String oldEmail, String newEmail, String status, Instant requestedAt,
            Instant completedAt) {
    }

    private final JdbcClient jdbc;

    EmailChangeDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<EmailChangeData> all = jdbc.sql("""
                SELECT id, old_email, new_email, status, requested_at, completed_at FROM app.email_change
                WHERE account_id = :account ORDER BY requested_at DESC
                """).param("account", accountId)
                .query((rs, n) -> new EmailChangeData(rs.getObject("id", UUID.class), rs.getString("old_email"),
                        rs.getString("new_email"), rs.getString("status"), rs.getTimestamp("requested_at").toInstant(),
                        rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant()))
                .list();
        return new DataSection("emailChanges", "Изменения email", "Email не изменялся.", all.stream()
                .map(change -> new DataSection.Rows()
                        .add("Прежний email", change.oldEmail())
                        .add("Новый email", change.newEmail())
                        .add("Статус", STATUSES.getOrDefault(change.status(), change.status()))
                        .moment("Запрошено", change.requestedAt())
                        .moment("Завершено", change.completedAt())
                        .item("Изменение email"))
                .toList(), all);
    }
}
