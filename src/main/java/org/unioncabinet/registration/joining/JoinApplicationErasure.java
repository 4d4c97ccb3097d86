package org.unioncabinet.registration.joining;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet: not while an application to join is with the primary organisation, nor after one made the
 * account's owner a member. Otherwise drafts are deleted, and a decided (rejected) application keeps its row without
 * anything about the person: the organisation's record of the applications it decided.
 */
@Component
class JoinApplicationErasure implements PersonalDataErasure {

    static final String UNDER_REVIEW = "Ваше заявление о вступлении в Профсоюз рассматривается первичной профсоюзной "
            + "организацией: удалить личный кабинет до решения по нему нельзя. Если Вы передумали вступать, сообщите об "
            + "этом в первичную профсоюзную организацию.";
    static final String ADMITTED = "По Вашему заявлению Вы приняты в Профсоюз: личный кабинет члена Профсоюза удалить "
            + "нельзя. Чтобы выйти из Профсоюза, подайте заявление в свою первичную профсоюзную организацию.";

    private final JdbcClient jdbc;

    JoinApplicationErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<String> objection(UUID accountId) {
        List<String> statuses = jdbc.sql("SELECT status FROM app.join_application WHERE account_id = :account")
                .param("account", accountId).query(String.class).list();
        if (statuses.contains(JoinApplicationStatus.APPROVED.name())) {
            return Optional.of(ADMITTED);
        }
        if (statuses.contains(JoinApplicationStatus.RECEIVED.name())) {
            return Optional.of(UNDER_REVIEW);
        }
        return Optional.empty();
    }

    @Override
    public Erased erase(UUID accountId) {
        if (objection(accountId).isPresent()) {
            throw new IllegalStateException("Account " + accountId + " has an application under review or admitted");
        }
        int drafts = jdbc.sql("DELETE FROM app.join_application WHERE account_id = :account AND status = 'DRAFT'")
                .param("account", accountId).update();
        int decided = jdbc.sql("""
                UPDATE app.join_application SET last_name = NULL, first_name = NULL, middle_name = NULL, gender = NULL,
                    birth_date = NULL, phone = NULL, organisation_query = NULL, unit = NULL, rejection_reason = NULL,
                    updated_at = now()
                WHERE account_id = :account
                """).param("account", accountId).update();
        return new Erased(List.of("join_application: " + drafts + " drafts deleted",
                "join_application: names, gender, birth date, phone, unit, search text and rejection reason of "
                        + decided + " decided applications removed"),
                decided == 0 ? List.of() : List.of(new Kept("join_application: " + decided + " decided applications"
                        + " without personal data (organisations, status, decision, dates)",
                        "the primary organisation's record of the applications it decided; nothing in it names the"
                                + " person", null)));
    }
}
