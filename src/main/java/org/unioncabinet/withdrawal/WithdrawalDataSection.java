package org.unioncabinet.withdrawal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/**
 * «Мои данные»: every statement withdrawing a consent, with its course: which consent, when signed, the legal terms,
 * who answers, the organisation's answer (what was destroyed, what is kept and on which basis) and the destruction's
 * confirmation.
 */
@Component
class WithdrawalDataSection implements MemberDataSection {

    /** A statement as the JSON holds it. */
    record WithdrawalData(UUID id, String status, UUID consentId, String consentKind, UUID statementDocumentId,
            Instant createdAt, Instant signedAt, LocalDate answerDueOn, LocalDate destructionDueOn,
            String primaryOrganisation, String stoppedProcessing, Instant answeredAt, String destroyedData,
            String keptBasis, String keptData, Instant destructionConfirmedAt, String destructionNote) {
    }

    private final JdbcClient jdbc;

    WithdrawalDataSection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<WithdrawalData> all = jdbc.sql("""
                SELECT w.id, w.status, w.consent_id, c.kind AS consent_kind, w.statement_document_id, w.created_at,
                  w.signed_at, w.answer_due_on, w.destruction_due_on, p.name AS primary_organisation,
                  w.stopped_processing, w.answered_at, w.destroyed_data, w.kept_basis, w.kept_data,
                  w.destruction_confirmed_at, w.destruction_note
                FROM app.consent_withdrawal w
                JOIN app.consent c ON c.id = w.consent_id
                LEFT JOIN app.primary_organisation p ON p.id = w.primary_organisation_id
                WHERE w.account_id = :account ORDER BY w.created_at DESC
                """).param("account", accountId)
                .query((rs, n) -> new WithdrawalData(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getObject("consent_id", UUID.class), rs.getString("consent_kind"),
                        rs.getObject("statement_document_id", UUID.class), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("signed_at")), date(rs.getDate("answer_due_on")),
                        date(rs.getDate("destruction_due_on")), rs.getString("primary_organisation"),
                        rs.getString("stopped_processing"), instant(rs.getTimestamp("answered_at")),
                        rs.getString("destroyed_data"), rs.getString("kept_basis"), rs.getString("kept_data"),
                        instant(rs.getTimestamp("destruction_confirmed_at")), rs.getString("destruction_note")))
                .list();
        return new DataSection("consentWithdrawals", "Отзывы согласия на обработку персональных данных",
                "Согласие не отзывалось.", all.stream().map(WithdrawalDataSection::item).toList(), all);
    }

    private static DataSection.Item item(WithdrawalData withdrawal) {
        return new DataSection.Rows()
                .add("Статус", WithdrawalStatus.valueOf(withdrawal.status()).label())
                .moment("Заявление подготовлено", withdrawal.createdAt())
                .moment("Заявление подписано", withdrawal.signedAt())
                .date("Срок ответа первичной профсоюзной организации", withdrawal.answerDueOn())
                .date("Срок уничтожения персональных данных", withdrawal.destructionDueOn())
                .add("Первичная профсоюзная организация", withdrawal.primaryOrganisation())
                .add("Что прекращено в личном кабинете", withdrawal.stoppedProcessing())
                .moment("Ответ получен", withdrawal.answeredAt())
                .add("Что уничтожено", withdrawal.destroyedData())
                .add("Основание хранения", withdrawal.keptBasis() == null ? null
                        : KeptBasis.valueOf(withdrawal.keptBasis()).label())
                .add("Что хранится", withdrawal.keptData())
                .moment("Уничтожение подтверждено", withdrawal.destructionConfirmedAt())
                .add("Пояснение к уничтожению", withdrawal.destructionNote())
                .item("Заявление об отзыве согласия на обработку персональных данных");
    }

    private static Instant instant(java.sql.Timestamp value) {
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(java.sql.Date value) {
        return value == null ? null : value.toLocalDate();
    }
}
